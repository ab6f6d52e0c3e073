#!/usr/bin/env bash
# Makes what the container image needs besides the application, from this build machine alone (no
# registry, no base image): a Java runtime cut with jlink, and the few system files it runs on —
# the shared libraries the runtime links (ldd), /etc/passwd and /etc/group with the user `sargas`
# (uid 10001), /tmp, and the node's directories. Jib adds both trees to a `scratch` image
# (sargas-server/pom.xml, profile `image`).
#   make-runtime.sh JAVA_HOME OUT_DIR      writes OUT_DIR/jre and OUT_DIR/rootfs
set -euo pipefail
JDK=${1:?JAVA_HOME of a JDK >= 21 with jmods}
OUT=${2:?output directory}
MODULES=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.sql,java.transaction.xa,\
java.xml,jdk.crypto.ec,jdk.localedata,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,jdk.management

rm -rf "$OUT/jre" "$OUT/rootfs"
mkdir -p "$OUT"
# jlink needs the JDK's jmods (Debian: package openjdk-21-jmods) or a JDK that links from its own
# run-time image (JDK 24+ built so, e.g. Temurin 25); without either, the whole JDK is copied
if ! "$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
     --include-locales=en,lt,pl,et,lv --output "$OUT/jre" 2> "$OUT/jlink.log"; then
  echo "make-runtime: jlink failed ($(head -1 "$OUT/jlink.log")); copying the whole JDK instead" >&2
  rm -rf "$OUT/jre"
  cp -a "$JDK" "$OUT/jre"
  rm -rf "$OUT/jre/jmods" "$OUT/jre/lib/src.zip" "$OUT/jre/demo" "$OUT/jre/man"
fi

root="$OUT/rootfs"
mkdir -p "$root/tmp" "$root/etc" "$root/var/lib/sargas" "$root/etc/sargas"
# every shared library the runtime's executables and libraries need, with the dynamic loader
# (the X11 toolkit and the splash screen are never loaded: the node runs headless)
libs=$( { ldd "$OUT/jre/bin/java"
          find "$OUT/jre/lib" -name '*.so' ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' -exec ldd {} \; ; } 2>/dev/null \
  | awk '/=> \// {print $3} /^[ \t]*\/.*ld-linux/ {print $1}' | grep -v "^$OUT" | sort -u)
for lib in $libs; do
  real=$(readlink -f "$lib")
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$real" "$root$lib"
done
# glibc resolves host names itself (nsswitch defaults); these make the user and the hosts file known
cat > "$root/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/sbin/nologin
sargas:x:10001:10001:Sargas node:/var/lib/sargas:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat > "$root/etc/group" <<GROUP
root:x:0:
sargas:x:10001:
nogroup:x:65534:
GROUP
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
echo "image runtime: $(du -sh "$OUT/jre" | cut -f1) jre, $(echo "$libs" | wc -w) system libraries"
