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
# -XX:DumpLoadedClassList, with the JVM options the archive will be used with, and keeps beside it the class path
# it was made for; removes CLASSES. A static archive rather than -XX:ArchiveClassesAtExit: Java 17's dynamic
# archives leave out classes compiled for Java 5 (all of picocli) and every class that uses them.
#
# Lambdas implementing a picocli interface are left out of the list: resolving them at dump time links that
# Java 5 interface, and Java 17 then leaves it out, with every class that implements it (they are made at run
# time instead, a few of them).
uapi_archive_dump() {
  local classes=$1 made="$UAPI_ARCHIVE.$$" line
  shift
  if [ -s "$classes" ]; then
    while IFS= read -r line; do
      case "$line" in "@lambda-proxy "*")Lpicocli/"*) ;; *) printf '%s\n' "$line" ;; esac
    done < "$classes" > "$classes.kept" && mv -f "$classes.kept" "$classes"
  fi
  if [ -s "$classes" ] && "$UAPI_JAVA" "$@" -Xshare:dump -XX:SharedClassListFile="$classes" \
      -XX:SharedArchiveFile="$made" -cp "$UAPI_CLASSPATH" >/dev/null 2>&1 && [ -f "$made" ]; then
    printf '%s\n' "$UAPI_CLASSPATH" > "$UAPI_ARCHIVE.classpath.$$" \
      && mv -f "$UAPI_ARCHIVE.classpath.$$" "$UAPI_ARCHIVE.classpath" \
      && mv -f "$made" "$UAPI_ARCHIVE" 2>/dev/null || true
  fi
  rm -f "$classes" "$classes.kept" "$made" "$UAPI_ARCHIVE.classpath.$$"
}

# The server's JVM options, shared by bin/uapid and the run that records its archive (bin/lib/uapid-archive):
# Guice without bytecode generation (reflection costs a server nothing once started, generating classes costs
# its start), and quiet class-data-sharing logs. Call uapi_classpath first.
uapid_options() {
  UAPID_OPTIONS=(-Dguice_bytecode_gen_option=DISABLED -Xlog:cds=off -Xlog:cds+dynamic=off
    -Duapi.bundled.plugins="$UAPI_BUNDLED_PLUGINS")
}
