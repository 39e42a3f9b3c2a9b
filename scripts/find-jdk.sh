# Sourced by ./dyad and .ci/run: sets JAVA_HOME to a JDK >= 21, or explains what to install.
# Order: $JAVA_HOME if it is new enough, then the usual install locations, newest first.

dyad_java_major() { # prints the major version of the java binary in $1
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

dyad_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* \
      "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(dyad_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      # Maven 3.8's bundled Guava warns on JDK 24+ about sun.misc.Unsafe; keep build output quiet.
      if [ "$major" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
      return 0
    fi
  done
  echo "dyad needs a Java Development Kit 21 or newer and found none." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21 from adoptium.net)," >&2
  echo "then run again or set JAVA_HOME to it." >&2
  return 1
}
