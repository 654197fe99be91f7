#!/usr/bin/env bash
# Packages components.xml into the build extension that gives Maven its `generate` lifecycle,
# in the in-project repository that pom.xml declares, and names it after its content: the
# version is "1-" and the first 12 hex digits of the file's SHA-256. Maven copies a release
# into ~/.m2 and never reads it again, so an extension changed under the same version would
# change nothing on any machine that has built once; a new content is a new version. Run it
# after changing components.xml; it sets the version in pom.xml, and LifecycleExtensionTest
# fails until you do. The fixed date keeps the jar byte-for-byte reproducible.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version="1-$(sha256sum "$here/META-INF/plexus/components.xml" | cut -c1-12)"
base="$here/../repository/jembatan/build/jembatan-lifecycle"
rm -rf "$base"
repo="$base/$version"
mkdir -p "$repo"
jar --create --no-manifest --date=2025-05-16T00:00:00Z \
    --file "$repo/jembatan-lifecycle-$version.jar" -C "$here" META-INF/plexus/components.xml
cat > "$repo/jembatan-lifecycle-$version.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>jembatan.build</groupId>
  <artifactId>jembatan-lifecycle</artifactId>
  <version>$version</version>
  <packaging>jar</packaging>
  <description>Contributes the \`generate\` lifecycle to Jembatan's build (see .mvn/lifecycle).</description>
</project>
POM
sed -i "s|<lifecycle.version>[^<]*</lifecycle.version>|<lifecycle.version>$version</lifecycle.version>|" "$here/../../pom.xml"
echo "wrote $repo/jembatan-lifecycle-$version.jar and set <lifecycle.version> in pom.xml"
