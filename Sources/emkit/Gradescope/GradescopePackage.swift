// edition: omit (instructor tooling)
import Autograder
import Foundation

/// What `emkit gradescope` puts in the autograder zip besides the kit's sources: the two
/// scripts Gradescope runs, the settings they read, and the kit's manifest for grading.
enum GradescopePackage {
    /// The Swift toolchain the package installs: the one place its version and signing key live.
    static let swiftVersion = "6.3.1"
    /// Fingerprint of the key that signs Swift 6 releases (swift.org/keys); the download is
    /// checked against it with gpg, as the official Swift images do.
    static let swiftSigningKey = "52BB7E3DE28A71BE22EC05FFEF80A866B47A981F"

    /// The settings `run_autograder` reads (a shell fragment).
    static func settings(chapters: [Int], timeLimit: Double, deadline: Double) -> String {
        """
        # Written by `emkit gradescope`: what this package grades.
        EMKIT_CHAPTERS="\(chapters.map(String.init).joined(separator: ","))"
        EMKIT_TIME_LIMIT="\(timeLimit)"
        EMKIT_DEADLINE="\(deadline)"

        """
    }

    /// The kit's manifest in the package: the grader and the call host, no reference solutions
    /// and no tests (neither is shipped to Gradescope).
    static var manifest: String { """
        // swift-tools-version: 6.1
        // EMKit's autograder package, written by `emkit gradescope`: the grader (emkit), the
        // reference EM it computes answer keys with, and the call host each submission is built into.
        import Foundation
        import PackageDescription

        \(GradingCopy.chapterList)

        let strictImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]
        // Optimised in debug builds too, runtime checks kept (as in the kit's own manifest).
        let optimized: [SwiftSetting] = [.unsafeFlags(["-O", "-assert-config", "Debug", "-Xcc", "-fno-omit-frame-pointer", "-Xllvm", "-enable-tail-merge=false"], .when(configuration: .debug))]

        let package = Package(
            name: "EMKit",
            products: [
                .executable(name: "emkit", targets: ["emkit"]),
                .executable(name: "emkit-call", targets: ["emkit-call"]),
            ],
            targets: [
                .target(name: "EMKit", path: "Sources",
                        exclude: unclaimed(under: "Sources", keeping: sources("EMKit", roles: ["Notebook"])) + ["EMKit/Datasets/SOURCES.md"],
                        sources: sources("EMKit", roles: ["Notebook"]), swiftSettings: optimized),
                .target(name: "SubmissionCalls", dependencies: ["EMKit"], path: "Sources",
                        exclude: unclaimed(under: "Sources", keeping: sources("SubmissionCalls", roles: ["Calls"])),
                        sources: sources("SubmissionCalls", roles: ["Calls"]), swiftSettings: strictImports + optimized),
                .target(name: "Exercises", dependencies: ["EMKit"], path: "Exercises", exclude: [HINTS], swiftSettings: optimized + [.define("REFERENCE_COPY")]),
                .executableTarget(name: "emkit-call", dependencies: ["EMKit", "SubmissionCalls", "Exercises"],
                                  path: "Sources", exclude: unclaimed(under: "Sources", keeping: sources("CallHost", roles: ["Host"])),
                                  sources: sources("CallHost", roles: ["Host"]), swiftSettings: strictImports + optimized),
                .target(name: "Reference", dependencies: ["EMKit"], path: "Sources/Reference", swiftSettings: optimized),
                .target(name: "Autograder", dependencies: ["EMKit", "Reference", "SubmissionCalls"], path: "Sources",
                        exclude: unclaimed(under: "Sources", keeping: sources("Autograder", roles: ["Grading"])),
                        sources: sources("Autograder", roles: ["Grading"]), swiftSettings: optimized),
                .executableTarget(name: "emkit", dependencies: ["EMKit", "Reference", "Autograder", "emkit-call"], path: "Sources/emkit"),
            ]
        )

        """
    }

    static let setup = #"""
        #!/usr/bin/env bash
        # EMKit autograder: Gradescope runs this once, as root, when the autograder is built.
        # It installs the pinned Swift toolchain (skipped when that version is already on PATH),
        # builds the grader, and builds the call host once from the skeleton, so that each
        # submission compiles only its own chapters. AUTOGRADER_ROOT (default /autograder) lets
        # it run anywhere for testing.
        set -euo pipefail
        SWIFT_VERSION="__SWIFT_VERSION__"
        SWIFT_SIGNING_KEY="__SWIFT_SIGNING_KEY__"
        ROOT="${AUTOGRADER_ROOT:-/autograder}"
        KIT="$ROOT/source/kit"

        if command -v swift >/dev/null 2>&1 && swift --version 2>/dev/null | grep -q "Swift version $SWIFT_VERSION "; then
          echo "setup: Swift $SWIFT_VERSION is already installed"
        else
          echo "setup: installing Swift $SWIFT_VERSION"
          . /etc/os-release
          platform="${ID}${VERSION_ID}"                       # e.g. ubuntu22.04
          arch=$(uname -m); suffix=""; [ "$arch" = "aarch64" ] && suffix="-aarch64"
          export DEBIAN_FRONTEND=noninteractive
          apt-get -q update
          case "$VERSION_ID" in 22.04) gcc=11 ;; 24.04) gcc=13 ;; *) gcc=12 ;; esac
          apt-get -q install -y --no-install-recommends ca-certificates curl gnupg2 binutils git libc6-dev \
            libcurl4-openssl-dev libedit2 libpython3-dev libsqlite3-0 libxml2-dev libz3-dev pkg-config tzdata \
            zlib1g-dev unzip python3 "libstdc++-$gcc-dev" "libgcc-$gcc-dev"
          url="https://download.swift.org/swift-${SWIFT_VERSION}-release/$(echo "$platform" | tr -d .)${suffix}/swift-${SWIFT_VERSION}-RELEASE/swift-${SWIFT_VERSION}-RELEASE-${platform}${suffix}.tar.gz"
          tmp=$(mktemp -d)
          curl -fsSL "$url" -o "$tmp/swift.tar.gz"
          curl -fsSL "$url.sig" -o "$tmp/swift.tar.gz.sig"
          export GNUPGHOME="$tmp/gnupg"; mkdir -m 700 "$GNUPGHOME"
          curl -fsSL https://swift.org/keys/all-keys.asc | gpg --batch --quiet --import
          gpg --batch --status-fd 1 --verify "$tmp/swift.tar.gz.sig" "$tmp/swift.tar.gz" | grep -q "VALIDSIG $SWIFT_SIGNING_KEY" || {
            echo "setup: the Swift download is not signed by $SWIFT_SIGNING_KEY; stopping"; exit 1; }
          tar -xzf "$tmp/swift.tar.gz" --directory / --strip-components=1
          chmod -R o+r /usr/lib/swift
          rm -rf "$tmp"
        fi

        cd "$KIT"
        swift build --product emkit
        # The first build of the call host (the kit's core and the skeleton): later builds reuse it.
        .build/debug/emkit grade --submission Exercises --results "$(mktemp -d)/warm-up.json" >/dev/null
        # Calls run as users of their own; nothing of the grader's is theirs to read.
        chmod -R go-rwx "$ROOT/source"
        echo "setup: the EMKit grader is built"

        """#

    static let runAutograder = #"""
        #!/usr/bin/env bash
        # EMKit autograder: Gradescope runs this for each submission. It takes what the student
        # uploaded (loose chapter files such as EM.swift, a zip of Exercises/, or a whole copy of
        # the kit), grades the package's chapters, and writes results.json. A failure of the
        # grader itself still writes a results.json that says what went wrong.
        set -uo pipefail
        ROOT="${AUTOGRADER_ROOT:-/autograder}"
        KIT="$ROOT/source/kit"
        . "$ROOT/source/emkit-gradescope.env"
        mkdir -p "$ROOT/results"
        RESULTS="$ROOT/results/results.json"
        work=$(mktemp -d)
        chmod 700 "$work"
        trap 'rm -rf "$work"' EXIT
        mkdir "$work/submission"
        # A snapshot of the upload (links are copied as links, and refused by the grader).
        cp -RP "$ROOT/submission/." "$work/submission/" 2>/dev/null || true
        # Zips inside the upload are unpacked, each into a fresh folder of its own beside it, by a
        # reader that writes regular files only: no links, no absolute paths, no "..", so an
        # archive can never write outside its folder or through a link another archive made.
        # (Gradescope unpacks a zip upload itself; this covers zips inside an upload, and tests.)
        while IFS= read -r -d '' archive; do
          target=$(mktemp -d "$work/unzipped.XXXXXX")
          python3 - "$archive" "$target" <<'PY' || echo "could not unpack $(basename "$archive")"
        import os, stat, sys, zipfile
        archive, target = sys.argv[1], sys.argv[2]
        with zipfile.ZipFile(archive) as z:
            for info in z.infolist():
                mode = info.external_attr >> 16
                parts = [p for p in info.filename.replace("\\", "/").split("/") if p not in ("", ".")]
                if info.is_dir() or not parts or ".." in parts or info.filename.startswith("/"):
                    continue
                if mode and not stat.S_ISREG(mode):
                    print(f"skipped {info.filename}: not a regular file"); continue
                path = os.path.join(target, *parts)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                if os.path.islink(os.path.dirname(path)):
                    continue
                with z.open(info) as src:
                    data = src.read((1 << 20) + 1)
                if len(data) > 1 << 20:
                    print(f"skipped {info.filename}: larger than 1 MB"); continue
                with open(path, "xb") as dst:
                    dst.write(data)
        PY
          rm -f "$archive"
        done < <(find "$work/submission" -type f -name '*.zip' -print0)
        # Links in the upload are never followed (the grader refuses them); drop them here too.
        find "$work/submission" "$work"/unzipped.* -type l -delete 2>/dev/null || true
        mv "$work"/unzipped.* "$work/submission/" 2>/dev/null || true

        cd "$KIT"
        log="$work/grade.log"
        .build/debug/emkit grade --submission "$work/submission" --results "$RESULTS" \
          --time-limit "$EMKIT_TIME_LIMIT" --deadline "$EMKIT_DEADLINE" ${EMKIT_CHAPTERS:+--chapter "$EMKIT_CHAPTERS"} >"$log" 2>&1
        status=$?
        cat "$log"
        if [ $status -ne 0 ] || [ ! -s "$RESULTS" ]; then
          python3 - "$RESULTS" "$log" <<'PY'
        import json, sys
        text = open(sys.argv[2], errors="replace").read()[-3000:]
        json.dump({"score": 0, "output": "The autograder could not grade this submission:\n" + text,
                   "visibility": "visible", "tests": []}, open(sys.argv[1], "w"), indent=1)
        PY
        fi
        exit 0

        """#
}
