# Sourced by ./sargas, ./mvnw and .ci/run: export JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm.
sargas_java_major() { # $1 = java executable; prints the feature version (17, 21, 25, ...)
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}
sargas_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    m=$(sargas_java_major "$JAVA_HOME/bin/java")
    if [ "${m:-0}" -ge 21 ] 2>/dev/null; then return 0; fi
  fi
  best=""; bestm=0
  for n in $(ls /usr/lib/jvm 2>/dev/null); do d=/usr/lib/jvm/$n
    [ -x "$d/bin/javac" ] || continue
    m=$(sargas_java_major "$d/bin/java")
    if [ "${m:-0}" -gt "$bestm" ] 2>/dev/null; then best=$d; bestm=$m; fi
  done
  if [ "$bestm" -ge 21 ]; then export JAVA_HOME="$best"; return 0; fi
  echo "sargas: no JDK >= 21 found (checked \$JAVA_HOME and /usr/lib/jvm/*); install one, e.g. apt-get install openjdk-21-jdk" >&2
  return 1
}
sargas_find_jdk || exit 3
