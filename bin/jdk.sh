# Sourced by bin/corroborate and bin/test: finds a JDK 21+ and Maven, and sets
#   JAVA_HOME      the JDK to build and run with
#   JAVA           "$JAVA_HOME/bin/java"
#   MAVEN_OPTS     quietened for newer JDKs
# Order: $JAVA_HOME when it is 21 or newer, else the newest JDK 21+ under /usr/lib/jvm
# (or $CORROBORATE_JDK_DIRS, a space-separated list of folders to search), else `java` on PATH.

corroborate_java_major() { # $1: a java executable -> its feature version, e.g. 25
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

corroborate_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(corroborate_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then
      echo "$JAVA_HOME"
      return 0
    fi
  fi
  for dir in ${CORROBORATE_JDK_DIRS:-/usr/lib/jvm}; do
    for candidate in "$dir"/*/; do
      candidate=${candidate%/}
      [ -x "$candidate/bin/javac" ] || continue
      [ -L "$candidate" ] && continue
      major=$(corroborate_java_major "$candidate/bin/java")
      if [ "${major:-0}" -gt "$best_major" ]; then
        best="$candidate"; best_major=$major
      fi
    done
  done
  if [ "$best_major" -ge 21 ]; then
    echo "$best"
    return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(corroborate_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  fi
  return 1
}

if ! JAVA_HOME=$(corroborate_find_jdk); then
  echo "corroborate: no-jdk: Corroborate needs a JDK 21 or newer; none found in \$JAVA_HOME," \
       "${CORROBORATE_JDK_DIRS:-/usr/lib/jvm} or on PATH. Install one (e.g. apt-get install openjdk-21-jdk-headless" \
       "or Temurin 21+) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
if [ "$(corroborate_java_major "$JAVA")" -ge 24 ]; then
  # Maven 3.8/3.9's bundled Guava calls sun.misc.Unsafe; JDK 24+ warns on every build without this.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
