# Shared by bin/uapi and bin/uapid: finds the packaged build and the Java to run it with.
# Sourced, not run. Sets UAPI_ROOT, UAPI_CLASSPATH, UAPI_JARS and UAPI_JAVA, or exits with the command that
# builds what is missing. Bash built-ins only: every subprocess here would add to each bin/uapi call.

UAPI_ROOT=$(cd "${BASH_SOURCE[0]%/*}/../.." && pwd)

uapi_classpath() {
  if [ -x "$UAPI_ROOT/bin/uapid" ] && [ -f "$UAPI_ROOT/lib/uapi-dispatcher.jar" ]; then
    uapi_distribution_classpath
    return
  fi
  UAPI_LAYOUT=source
  UAPI_BUNDLED_PLUGINS=
  local dispatcher="$UAPI_ROOT/dispatcher/target" plugin="$UAPI_ROOT/plugin-twofactor/target"
  local jars=("$dispatcher/uapi-dispatcher.jar" "$plugin/uapi-plugin-twofactor.jar")
  local jar name
  for jar in "${jars[@]}"; do
    if [ ! -f "$jar" ]; then
      echo "${0##*/}: the build is missing ($jar)." >&2
      echo "Build it first, from $UAPI_ROOT:  mvn -B -q package -DskipTests" >&2
      exit 2
    fi
  done
  # an explicit list in a fixed (C) order rather than lib/*: the class-data-sharing archive needs the same
  # path on every run
  local LC_ALL=C
  local cp="${jars[0]}" seen=":"
  UAPI_JARS=("${jars[@]}")
  for jar in "$dispatcher"/lib/*.jar; do
    cp+=":$jar"; seen+="${jar##*/}:"; UAPI_JARS+=("$jar")
  done
  cp+=":${jars[1]}"
  for jar in "$plugin"/lib/*.jar; do
    name="${jar##*/}"
    case "$seen" in *":$name:"*) ;; *) cp+=":$jar"; UAPI_JARS+=("$jar") ;; esac
  done
  UAPI_CLASSPATH=$cp
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then UAPI_JAVA="$JAVA_HOME/bin/java"; else UAPI_JAVA=java; fi
}

# The unpacked distribution: lib/ holds the host's jars, plugins/<name>/ the bundled plugins (TwoFactorAuth),
# each loaded in a class loader of its own like any plugin of the user's.
uapi_distribution_classpath() {
  local LC_ALL=C
  local jar cp="$UAPI_ROOT/lib/uapi-dispatcher.jar"
  UAPI_LAYOUT=distribution
  UAPI_JARS=("$cp")
  for jar in "$UAPI_ROOT"/lib/*.jar; do
    case "$jar" in */uapi-dispatcher.jar) ;; *) cp+=":$jar"; UAPI_JARS+=("$jar") ;; esac
  done
  UAPI_CLASSPATH=$cp
  UAPI_BUNDLED_PLUGINS="$UAPI_ROOT/plugins"
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then UAPI_JAVA="$JAVA_HOME/bin/java"; else UAPI_JAVA=java; fi
}
