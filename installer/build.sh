#!/usr/bin/env bash
# Builds the installable CMS Statistics Workbench with the JDK's jpackage, on a runtime trimmed by jlink to the
# modules the workbench uses (found by jdeps). Run from anywhere:
#
#   installer/build.sh              # this platform's installers: see below
#   installer/build.sh app-image    # only the self-contained folder (what CI builds)
#
# Linux:   target/installer/cms-workbench/ (launcher bin/cms-workbench) and, when dpkg-deb and fakeroot are
#          installed, target/installer/cms-workbench_<version>_amd64.deb
# Windows: target/installer/CMS Statistics Workbench-<version>.msi (needs the WiX Toolset 3 on the PATH)
# macOS:   target/installer/CMS Statistics Workbench-<version>.dmg
# jpackage builds only for the system it runs on, so each platform's installer is built on that platform.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
version=$(sed -n 's/^version=//p' target/classes/cmsstats/workbench/version.properties 2>/dev/null || true)
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/cms-workbench.jar ]; then
  mvn -B -q -DskipTests package
  version=$(sed -n 's/^version=//p' target/classes/cmsstats/workbench/version.properties)
fi

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
cp target/cms-workbench.jar "$out/input/"

# The analytic engine's native library for this platform only, beside the jar (the jar carries one for every
# platform, and would copy it to a temporary file at each start).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux_amd64 ;;
  Linux-aarch64 | Linux-arm64) platform=linux_arm64 ;;
  Darwin-*) platform=macos_arm64 ;;
  MINGW*-* | MSYS*-* | CYGWIN*-*) platform=windows_amd64 ;;
  *) echo "no analytic engine library for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
java installer/NativeLibraryBesideJar.java "$out/input/cms-workbench.jar" "$platform"
echo "jar for $platform: $(du -h "$out/input/cms-workbench.jar" | cut -f1) (all platforms: $(du -h target/cms-workbench.jar | cut -f1))"

# The JDK modules the classes refer to, plus what is only reached at run time: locale data for en-GB formats.
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps target/cms-workbench.jar)
jlink --add-modules "$modules,jdk.localedata" --include-locales=en,en-GB \
      --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"
echo "runtime modules: $modules,jdk.localedata"

common=(--name cms-workbench --app-version "$version" --vendor "CMS Statistics Workbench project"
        --description "Desktop workbench for the Child Maintenance Service 2012 scheme statistics"
        --input "$out/input" --main-jar cms-workbench.jar --main-class cmsstats.workbench.app.Launcher
        --runtime-image "$out/runtime" --dest "$out")

case "$(uname -s)" in
  Linux)
    jpackage --type app-image "${common[@]}" --icon installer/linux/cms-workbench.png
    echo "app-image: $out/cms-workbench ($(du -sh "$out/cms-workbench" | cut -f1))"
    if [ "$what" = all ] && command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
      # GTK 3 is what JavaFX draws with; jpackage leaves it out of the package's Depends.
      # --linux-shortcut adds a menu entry; it fails on systems without a desktop menu directory, so it is opt-in.
      jpackage --type deb --app-image "$out/cms-workbench" --name cms-workbench --app-version "$version" \
        --vendor "CMS Statistics Workbench project" --dest "$out" \
        --description "Desktop workbench for the Child Maintenance Service 2012 scheme statistics" \
        --linux-package-name cms-workbench --linux-app-category science --linux-menu-group "Science;Education" \
        --linux-package-deps libgtk-3-0 --license-file installer/LICENSE.txt --icon installer/linux/cms-workbench.png \
        --resource-dir installer/linux \
        ${LINUX_SHORTCUT:+--linux-shortcut}
      ls -la "$out"/*.deb
    fi
    ;;
  Darwin)
    jpackage --type dmg "${common[@]}" --icon installer/macos/cms-workbench.icns \
      --mac-package-name "CMS Statistics Workbench" --license-file installer/LICENSE.txt
    ;;
  MINGW* | MSYS* | CYGWIN*)
    jpackage --type msi "${common[@]}" --icon installer/windows/cms-workbench.ico \
      --win-menu --win-menu-group "CMS Statistics Workbench" --win-shortcut --win-dir-chooser \
      --license-file installer/LICENSE.txt
    ;;
  *)
    echo "jpackage does not build installers for $(uname -s)" >&2
    exit 1
    ;;
esac
