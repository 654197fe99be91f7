#!/usr/bin/env bash
# Packages components.xml into the build extension that gives Maven its `generate` lifecycle,
# in the in-project repository that pom.xml declares. Run it after changing components.xml;
# LifecycleExtensionTest fails until you do. The fixed date keeps the jar byte-for-byte
# reproducible.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo="$here/../repository/jembatan/build/jembatan-lifecycle/1"
mkdir -p "$repo"
rm -f "$repo/jembatan-lifecycle-1.jar"
jar --create --no-manifest --date=2025-05-16T00:00:00Z \
    --file "$repo/jembatan-lifecycle-1.jar" -C "$here" META-INF/plexus/components.xml
cat > "$repo/jembatan-lifecycle-1.pom" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>jembatan.build</groupId>
  <artifactId>jembatan-lifecycle</artifactId>
  <version>1</version>
  <packaging>jar</packaging>
  <description>Contributes the `generate` lifecycle to Jembatan's build (see .mvn/lifecycle).</description>
</project>
POM
echo "wrote $repo/jembatan-lifecycle-1.jar"
