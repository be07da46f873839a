# Shared by bin/uapi and bin/uapid: finds the packaged build and the Java to run it with.
# Sourced, not run. Sets UAPI_ROOT, UAPI_CLASSPATH, UAPI_JARS and UAPI_JAVA, or exits with the command that
# builds what is missing. Bash built-ins only: every subprocess here would add to each bin/uapi call.

UAPI_ROOT=$(cd "${BASH_SOURCE[0]%/*}/../.." && pwd)

# One layout for both: lib/ holds the host's jars (the class path), plugins/<name>/ the bundled plugins
# (TwoFactorAuth), each loaded in a class loader of its own like any plugin of the user's. An unpacked
# distribution is that tree itself; a source tree runs the same tree, which the build unpacks in
# distribution/target/uapi/ (its bin/ is this one, and the archives are the source tree's: see uapi_archive).
uapi_classpath() {
  local tree=$UAPI_ROOT
  if [ -x "$UAPI_ROOT/bin/uapid" ] && [ -f "$UAPI_ROOT/lib/uapi-dispatcher.jar" ]; then
    UAPI_LAYOUT=distribution
  else
    UAPI_LAYOUT=source
    tree="$UAPI_ROOT/distribution/target/uapi"
    local need
    for need in "$tree/lib/uapi-dispatcher.jar" "$tree/plugins/twofactor/uapi-plugin-twofactor.jar"; do
      if [ ! -f "$need" ]; then
        echo "${0##*/}: the build is missing ($need)." >&2
        echo "Build it first, from $UAPI_ROOT:  mvn -B -q package -DskipTests" >&2
        exit 2
      fi
    done
  fi
  # an explicit list in a fixed (C) order rather than lib/*: the class-data-sharing archive needs the same
  # path on every run
  local LC_ALL=C
  local jar cp="$tree/lib/uapi-dispatcher.jar"
  UAPI_JARS=("$cp")
  for jar in "$tree"/lib/*.jar; do
    case "$jar" in */uapi-dispatcher.jar) ;; *) cp+=":$jar"; UAPI_JARS+=("$jar") ;; esac
  done
  # the bundled plugins' jars count for the archive's freshness: it holds their classes too
  for jar in "$tree"/plugins/*/*.jar; do
    if [ -f "$jar" ]; then UAPI_JARS+=("$jar"); fi
  done
  UAPI_CLASSPATH=$cp
  UAPI_BUNDLED_PLUGINS="$tree/plugins"
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then UAPI_JAVA="$JAVA_HOME/bin/java"; else UAPI_JAVA=java; fi
}

# uapi_archive NAME: the class-data-sharing archive NAME for this Java and build. Sets UAPI_ARCHIVE (its path,
# named after the Java that made it) and UAPI_ARCHIVE_FRESH (1 when it may be used: newer than every jar and
# made for this very class path, kept beside it in UAPI_ARCHIVE.classpath), so that a rebuild, another JDK or
# another class path never meets a stale archive: the JVM would silently ignore it, and every start would be
# slow. Call uapi_classpath first.
uapi_archive() {
  local java_name=${UAPI_JAVA//\//_} recorded= jar
  UAPI_ARCHIVE="$UAPI_ROOT/distribution/target/$1${java_name#java}.jsa"
  UAPI_ARCHIVE_FRESH=0
  if [ -f "$UAPI_ARCHIVE" ] && [ -f "$UAPI_ARCHIVE.classpath" ]; then read -r recorded < "$UAPI_ARCHIVE.classpath" || true; fi
  if [ "$recorded" = "$UAPI_CLASSPATH" ]; then
    UAPI_ARCHIVE_FRESH=1
    for jar in "${UAPI_JARS[@]}"; do
      if [ ! "$UAPI_ARCHIVE" -nt "$jar" ]; then UAPI_ARCHIVE_FRESH=0; break; fi
    done
  fi
}

# uapi_archive_dump CLASSES OPTION...: makes UAPI_ARCHIVE from CLASSES, the class list of a run with
# -XX:DumpLoadedClassList and UAPI_CLASS_LOG (CLASSES.load, its class-load log), with the JVM options the archive
# will be used with, and keeps beside it the class path it was made for; removes CLASSES and its log. A static
# archive rather than -XX:ArchiveClassesAtExit: Java 17's dynamic archives leave out classes compiled for Java 5
# (all of picocli) and every class that uses them.
#
# Lambdas implementing a picocli interface are left out of the list: resolving them at dump time links that
# Java 5 interface, and Java 17 then leaves it out, with every class that implements it (they are made at run
# time instead, a few of them).
#
# The bundled plugins' classes (TwoFactorAuth and its own Guice and Guava, in a class loader of their own) are
# added from the log (uapi_unregistered_classes): Java 17 writes no class of a custom class loader to the list.
# Should the JVM refuse them, the archive is made without them.
uapi_archive_dump() {
  local classes=$1 made="$UAPI_ARCHIVE.$$" line
  shift
  if [ -s "$classes" ]; then
    while IFS= read -r line; do
      case "$line" in "@lambda-proxy "*")Lpicocli/"*) ;; *) printf '%s\n' "$line" ;; esac
    done < "$classes" > "$classes.kept"
    cp -f "$classes.kept" "$classes"
    if [ -s "$classes.load" ]; then uapi_unregistered_classes "$classes.load" >> "$classes.kept"; fi
  fi
  if [ -s "$classes" ] && { uapi_archive_make "$classes.kept" "$@" || uapi_archive_make "$classes" "$@"; }; then
    printf '%s\n' "$UAPI_CLASSPATH" > "$UAPI_ARCHIVE.classpath.$$" \
      && mv -f "$UAPI_ARCHIVE.classpath.$$" "$UAPI_ARCHIVE.classpath" \
      && mv -f "$made" "$UAPI_ARCHIVE" 2>/dev/null || true
  fi
  rm -f "$classes" "$classes.kept" "$classes.load" "$made" "$UAPI_ARCHIVE.classpath.$$"
}

# uapi_archive_make LIST OPTION...: dumps the static archive of LIST into UAPI_ARCHIVE.$$.
uapi_archive_make() {
  local list=$1
  shift
  "$UAPI_JAVA" "$@" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$UAPI_ARCHIVE.$$" \
    -cp "$UAPI_CLASSPATH" >/dev/null 2>&1 && [ -f "$UAPI_ARCHIVE.$$" ]
}

# The class-load log option of a run whose classes are archived: uapi_archive_dump reads it for the plugins'
# classes. The thread id pairs each class's two lines (name and source, then its super class and interfaces).
uapi_class_log() {
  UAPI_CLASS_LOG=-Xlog:class+load=debug:file="$1.load":tid
}

# uapi_unregistered_classes LOG: the class-list lines (`name id: N super: N interfaces: N... source: JAR`) of
# the classes that plugin class loaders (URLClassLoader) defined from jars, read from LOG (uapi_class_log), with
# an `id:` line for each class of the JDK or the class path they extend or implement. A class whose super class
# or an interface is not archivable itself (a proxy, a generated class) is left out, as is a second class of a
# name already taken. At run time the JVM uses such a class only for a class loader that is not the JDK's and
# defines a class of that name with the very same bytes (Java checks the size and CRC-32), so a plugin that
# changed or another plugin of the same class names loads its own classes as without the archive.
uapi_unregistered_classes() {
  local line tid rest name source klass super ids i n=0
  local -A pending=() id=() builtin=() named=() needed=()
  local -a words unregistered=()
  while IFS= read -r line; do
    tid=${line%%]*} rest=${line#*] }
    case "$rest" in
      " klass: "*) ;;
      *) pending[$tid]=$rest; continue ;;
    esac
    name=${pending[$tid]%% source: *} source=${pending[$tid]#* source: }
    unset "pending[$tid]"
    read -r -a words <<< "$rest"
    klass=${words[1]} super=${words[3]}
    case "$rest" in
      *"for instance a 'java/net/URLClassLoader'"*) ;;
      *) n=$((n + 1)); id[$klass]=$n; builtin[$n]=${name//.//}; continue ;;
    esac
    case "$source" in file:/*.jar) ;; *) continue ;; esac
    case "$source" in *%*) continue ;; esac
    if [ -n "${named[$name]:-}" ] || [ -z "${id[$super]:-}" ]; then continue; fi
    ids="super: ${id[$super]}"
    needed[${id[$super]}]=1
    if [ "${words[4]}" = interfaces: ]; then
      ids+=" interfaces:"
      for ((i = 5; i < ${#words[@]}; i++)); do
        [ "${words[i]}" != loader: ] || break
        [ -n "${id[${words[i]}]:-}" ] || continue 2
        ids+=" ${id[${words[i]}]}"; needed[${id[${words[i]}]}]=1
      done
    fi
    n=$((n + 1)); id[$klass]=$n; named[$name]=1
    unregistered+=("${name//.//} id: $n $ids source: ${source#file:}")
  done < "$1"
  for i in "${!needed[@]}"; do
    if [ -n "${builtin[$i]:-}" ]; then printf '%s id: %s\n' "${builtin[$i]}" "$i"; fi
  done
  if [ ${#unregistered[@]} -gt 0 ]; then printf '%s\n' "${unregistered[@]}"; fi
}

# The server's JVM options, shared by bin/uapid and the run that records its archive (bin/lib/uapid-archive):
# Guice without bytecode generation (reflection costs a server nothing once started, generating classes costs
# its start), and quiet class-data-sharing logs. Call uapi_classpath first.
uapid_options() {
  UAPID_OPTIONS=(-Dguice_bytecode_gen_option=DISABLED -Xlog:cds=off -Xlog:cds+dynamic=off
    -Duapi.bundled.plugins="$UAPI_BUNDLED_PLUGINS")
}

# The command line's JVM options, shared by bin/uapi (its calls, and the resident host it starts) and the run
# that records the resident host's client archive (bin/lib/uapi-client-archive): a short-lived JVM compiles
# little, with one compiler thread and the serial collector; Guice without bytecode generation; quiet logs
# (bin/lib/uapi-logging.properties). UAPI_JAVA_OPTS adds more. Sets UAPI_OPTIONS. Call uapi_classpath first.
uapi_options() {
  UAPI_OPTIONS=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss1m
    -Xlog:cds=off -Xlog:cds+dynamic=off -Dguice_bytecode_gen_option=DISABLED
    -Djava.util.logging.config.file="$UAPI_ROOT/bin/lib/uapi-logging.properties"
    -Duapi.bundled.plugins="$UAPI_BUNDLED_PLUGINS" -Duapi.launcher="$UAPI_ROOT/bin/uapi")
  # UAPI_JAVA_OPTS: more options for the JVM, such as a heap bound (-Xmx64m)
  if [ -n "${UAPI_JAVA_OPTS:-}" ]; then
    local -a extra
    read -r -a extra <<< "$UAPI_JAVA_OPTS"
    UAPI_OPTIONS+=("${extra[@]}")
  fi
}

# uapi_resident_listening ARG...: true when the home of a bin/uapi call with these arguments has a resident host
# that published its address (docs/uapi.md, "The resident host"), so that the call will most likely only send
# itself there. A guess that only picks the faster class-data-sharing archive: the call itself decides (in
# ResidentClient), and runs on its own when the guess was wrong. The home as UapiHome and UapiCommand find it:
# an absolute --home, else UAPI_HOME, else ~/.uapi.
uapi_resident_listening() {
  [ "${UAPI_RESIDENT:-}" != off ] || return 1
  local home=${UAPI_HOME:-} previous= arg
  # without HOME (cron, some services) the JVM still finds the user's home; this guess then keeps the call's archive
  if [ -z "$home" ] && [ -n "${HOME:-}" ]; then home="$HOME/.uapi"; fi
  for arg in "$@"; do
    case "$previous" in --home) home=$arg ;; esac
    case "$arg" in --home=*) home=${arg#--home=} ;; esac
    previous=$arg
  done
  [ -n "$home" ] && [ -f "$home/run/resident.port" ]
}
