# Shared by bin/uapi and bin/uapid: finds the packaged build and the Java to run it with.
# Sourced, not run. Sets UAPI_ROOT and UAPI_CLASSPATH, or exits with the command that builds what is missing.

UAPI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

uapi_classpath() {
  local jars=("$UAPI_ROOT/dispatcher/target/uapi-dispatcher.jar" "$UAPI_ROOT/plugin-twofactor/target/uapi-plugin-twofactor.jar")
  local jar
  for jar in "${jars[@]}"; do
    if [ ! -f "$jar" ]; then
      echo "$(basename "$0"): the build is missing ($jar)." >&2
      echo "Build it first, from $UAPI_ROOT:  mvn -B -q package -DskipTests" >&2
      exit 2
    fi
  done
  # an explicit, sorted list rather than lib/*: the class-data-sharing archive needs the same path every run
  local cp="${jars[0]}"
  for jar in $(ls "$UAPI_ROOT"/dispatcher/target/lib/*.jar | sort); do cp="$cp:$jar"; done
  cp="$cp:${jars[1]}"
  for jar in $(ls "$UAPI_ROOT"/plugin-twofactor/target/lib/*.jar | sort); do
    case ":$cp:" in *"/$(basename "$jar"):"*) ;; *) cp="$cp:$jar" ;; esac
  done
  UAPI_CLASSPATH="$cp"
}

uapi_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}
