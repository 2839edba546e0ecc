# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not run. Idempotent and quick when everything is already there.

CALLPAD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages Callpad needs to build, test and run, on a machine that has nothing else.
# Debian leaves two needs out of the -dev packages' Depends: qt6-httpserver-dev needs
# qt6-websockets-dev, and qt6-charts-dev needs libqt6opengl6-dev. scripts/check-deps (run by
# scripts/test after configure) fails when CMake finds a package that this list does not bring.
CALLPAD_PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format git ca-certificates
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-image-formats-plugins
    libvalijson-dev libgl-dev
)
# scripts/check-tidy needs clang-tidy (with run-clang-tidy) besides; it installs it.
CALLPAD_TIDY_PACKAGES=(clang-tidy)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

missing_packages() {
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$package"
        fi
    done
}

install_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "callpad: installing ${missing[*]}" >&2
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

install_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        return 0
    fi
    install_packages nodejs npm
}

# configure DIR BUILD_TYPE [extra cmake args...]: configures when DIR has no build yet, or when
# the arguments differ from the ones it was configured with (kept in DIR/callpad-configure-args).
# Then it starts from a new cache, so an argument taken away is gone too; objects whose flags
# did not change are not rebuilt. Otherwise later builds reconfigure by themselves.
configure() {
    local dir=$1 type=$2
    shift 2
    local args=(-S "$CALLPAD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@")
    local stamp=$dir/callpad-configure-args
    if [ -f "$dir/build.ninja" ] && [ "$(cat "$stamp" 2>/dev/null)" = "${args[*]}" ]; then
        return 0
    fi
    rm -f "$dir/CMakeCache.txt"
    cmake "${args[@]}"
    printf '%s' "${args[*]}" >"$stamp"
}

# build DIR BUILD_TYPE [extra cmake args...]
build() {
    configure "$@"
    cmake --build "$1"
}
