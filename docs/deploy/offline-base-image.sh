#!/usr/bin/env bash
# A base image for `./mvnw -Pimage jib:buildTar` on a build host that reaches no container registry (an air-gapped
# province network, or a build machine with Maven Central only): a Java 17 runtime cut by jlink from this host's JDK,
# the shared libraries it links against, taken from this host, and an unprivileged user 1000. No Docker needed.
#
#   docs/deploy/offline-base-image.sh target/base-image.tar
#   ./mvnw -Pimage -DskipTests package jib:buildTar -Djib.from.image=tar://$PWD/target/base-image.tar
#
# The result is a `docker save` tarball (what Jib's tar:// reads). Prefer eclipse-temurin:17-jre where a registry
# is reachable: it gets security updates; this one is as up to date as the host it was cut from.
set -euo pipefail

out=$(realpath -m "${1:-target/base-image.tar}")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs

# The whole JDK module graph minus the development tools: Camunda's script engines, OpenPDF's AWT fonts, JMX, JNDI…
modules=$("$java_home/bin/java" --list-modules | sed 's/@.*//' | grep -v -e '^jdk\.jcmd$' -e '^jdk\.jdi$' \
    -e '^jdk\.jshell$' -e '^jdk\.javadoc$' -e '^jdk\.jdeps$' -e '^jdk\.jlink$' -e '^jdk\.hotspot\.agent$' \
    -e '^jdk\.jpackage$' -e '^jdk\.jartool$' -e '^jdk\.compiler$' -e '^jdk\.internal\.opt$' -e '^jdk\.editpad$' \
    -e '^jdk\.jconsole$' -e '^jdk\.jstatd$' -e '^jdk\.jsobject$' -e '^jdk\.internal\.ed$' -e '^jdk\.internal\.le$' -e '^jdk\.incubator\.' | paste -sd, -)
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" --strip-debug --no-man-pages \
    --no-header-files --compress=2 --output "$root/opt/java/openjdk"

# The libraries the runtime links against (libc, libz, libfreetype…), with the dynamic loader, from this host.
mkdir -p "$root/etc" "$root/tmp" "$root/home/app"
chmod 1777 "$root/tmp"
find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null | grep -E '^[[:space:]]' | grep -o '/[^ ]*\.so[^ ]*' | grep -v "^$work" | sort -u | while read -r lib; do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
# Where ld.so looks on Debian-like systems even without its cache.
for dir in /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu /lib64; do
    [ -d "$dir" ] && mkdir -p "$root$dir"
done
[ -e "$root/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" ] && [ ! -e "$root/lib64/ld-linux-x86-64.so.2" ] \
    && ln -s ../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$root/lib64/ld-linux-x86-64.so.2"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1000:1000:app:/home/app:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\napp:x:1000:\n' > "$root/etc/group"
chown 1000:1000 "$root/home/app"

# One layer, in the `docker save` layout: manifest.json, the image config, the layer.
image=$work/image
mkdir -p "$image"
tar --numeric-owner --sort=name --mtime='1970-01-01' -C "$root" -cf "$image/layer.tar" .
diff_id=$(sha256sum "$image/layer.tar" | cut -d' ' -f1)
cat > "$image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"],
           "User":"1000:1000","WorkingDir":"/home/app"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created_by":"docs/deploy/offline-base-image.sh: jlink of $("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"}]}
JSON
config_id=$(sha256sum "$image/config.json" | cut -d' ' -f1)
mv "$image/config.json" "$image/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["ita-base:local"],"Layers":["layer.tar"]}]\n' "$config_id" > "$image/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$image" -cf "$out" manifest.json "$config_id.json" layer.tar
echo "$out ($(du -h "$out" | cut -f1))"
