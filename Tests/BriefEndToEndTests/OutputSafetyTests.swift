import Foundation
import XCTest

/// The output rules, through the binary: what is refused (exit code, one line), and what is on disk after.
extension EndToEndTests {
    var sample: String { Self.packageRoot.appendingPathComponent("reports/samples/islamabad-conference.txt").path }

    func path(_ name: String) -> String { scratch.appendingPathComponent(name).path }

    /// Files left in the scratch folder whose name marks a temporary file.
    func temporaryFilesLeft() -> [String] {
        (FileManager.default.enumerator(atPath: scratch.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tmp") }
    }

    func testOutputThatIsTheInputIsRefused() throws {
        let article = path("article.txt")
        try FileManager.default.copyItem(atPath: sample, toPath: article)
        let original = try Data(contentsOf: URL(fileURLWithPath: article))
        try FileManager.default.createSymbolicLink(atPath: path("alias.txt"), withDestinationPath: article)
        for arguments in [["build", article, "-o", article, "--format", "pdf"], ["extract", article, "-o", article],
                          ["extract", path("alias.txt"), "-o", article], ["build", article, "--format", "pdf", "-o", path("alias.txt")]] {
            let output = arguments[arguments.firstIndex(of: "-o")! + 1]
            try expectFailure(arguments, status: 64, naming: output)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: article)), original, "\(arguments) changed the input")
        }
        let facts = path("facts.json")
        XCTAssertEqual(try brief(["extract", article, "-o", facts]).status, 0)
        let factsBytes = try Data(contentsOf: URL(fileURLWithPath: facts))
        try expectFailure(["render", facts, "-o", facts, "--format", "pdf"], status: 64, naming: facts)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: facts)), factsBytes)
    }

    func testDevicesFIFOsAndFoldersAreNotReplaced() throws {
        XCTAssertEqual(mkfifo(path("pipe.pdf"), 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: path("null.pdf"), withDestinationPath: "/dev/null")
        try FileManager.default.createDirectory(atPath: path("folder.pdf"), withIntermediateDirectories: true)
        for name in ["pipe.pdf", "null.pdf", "folder.pdf"] {
            let run = try brief(["build", sample, "-o", path(name)])
            XCTAssertEqual(run.status, 73, run.stderr)
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains("not a regular file"), run.stderr)
        }
        var info = stat()
        XCTAssertEqual(lstat(path("pipe.pdf"), &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        XCTAssertEqual(lstat(path("null.pdf"), &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
        let direct = try brief(["build", sample, "-o", "/dev/null"])
        XCTAssertEqual(direct.status, 73, direct.stderr)
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
        XCTAssertEqual(temporaryFilesLeft(), [])
    }

    func testShortEmptyAndDashNames() throws {
        let short = try brief(["build", sample, "-o", path("a")])
        XCTAssertEqual(short.status, 0, short.stderr)
        XCTAssertTrue(try tool("pdfinfo", [path("a")]).stdout.contains("Pages:"), "-o a is a PDF named a")
        let empty = try brief(["build", sample, "-o", ""])
        XCTAssertEqual(empty.status, 64, empty.stderr)
        XCTAssertEqual(empty.stderr, "brief: error: -o: the output name is empty\n")
        // `-o -` streams the PDF to standard output, and prints no file name into it.
        let streamed = try run("/bin/sh", ["-c", "\"$0\" build \"$1\" -o - > \"$2\"", Self.binary.path, sample, path("out.pdf")])
        XCTAssertEqual(streamed.status, 0, streamed.stderr)
        XCTAssertEqual(try tool("qpdf", ["--check", path("out.pdf")]).status, 0)
        let multi = try brief(["build", sample, "-o", "-", "--format", "png", "--dpi", "20"])
        XCTAssertEqual(multi.status, 64, multi.stderr)
        XCTAssertTrue(multi.stderr.contains("{p}"), multi.stderr)
    }

    func testFormatFollowsTheExtension() throws {
        XCTAssertEqual(try brief(["build", sample, "-o", path("x.png"), "--dpi", "20"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("x-1.png")))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("x-1.png"))).prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
        XCTAssertEqual(try brief(["build", sample, "-o", path("page-{p}.svg")]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("page-2.svg")))
        try expectFailure(["build", sample, "-o", path("y.pdf"), "--format", "png"], status: 64, naming: path("y.pdf"))
        try expectFailure(["build", sample, "-o", path("y.jpg")], status: 64, naming: path("y.jpg"))
        try expectFailure(["build", sample, "-o", path("y-{p}.pdf")], status: 64, naming: path("y-{p}.pdf"))
    }

    func testPlantedSymlinksAreNotFollowed() throws {
        // A link at the final name is replaced by the brief; the file it pointed at is untouched.
        let victim = path("victim.txt")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createSymbolicLink(atPath: path("brief.pdf"), withDestinationPath: victim)
        // Links at the names the old scheme used for temporary files (and at a few guesses of a new one).
        for name in [".brief.pdf.tmp", ".brief.pdf.\(getpid() + 1).tmp", ".brief.pdf.aaaaaaaaaaaa.tmp"] {
            try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: victim)
        }
        let run = try brief(["build", sample, "-o", path("brief.pdf")])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep me")
        var info = stat()
        XCTAssertEqual(lstat(path("brief.pdf"), &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, "the brief replaced the link")
        XCTAssertEqual(try tool("qpdf", ["--check", path("brief.pdf")]).status, 0)
    }

    func testConcurrentWritersToOneOutput() throws {
        let output = path("shared.pdf")
        let processes: [Process] = try (0..<10).map { _ in
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["build", sample, "-o", output, "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
        XCTAssertEqual(try tool("qpdf", ["--check", output]).status, 0)
        XCTAssertEqual(temporaryFilesLeft(), [])
    }

    func testStoppedRunsLeaveNoTemporaryFile() throws {
        // A long brief: the sample many times over.
        let long = path("long.txt")
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        let parts = text.components(separatedBy: "\n\n")
        try (parts[0] + "\n\n" + Array(repeating: parts.dropFirst().joined(separator: "\n\n"), count: 40).joined(separator: "\n\n"))
            .write(toFile: long, atomically: true, encoding: .utf8)
        for (index, delay) in [0.05, 0.2, 0.5, 1.0, 1.5, 2.5].enumerated() {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["build", long, "-o", path("out/long-\(index).pdf"), "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            process.terminate()
            process.waitUntilExit()
            XCTAssertEqual(temporaryFilesLeft(), [], "after SIGTERM at \(delay) s")
            if process.terminationReason == .uncaughtSignal {
                XCTAssertFalse(FileManager.default.fileExists(atPath: path("out/long-\(index).pdf")), "a killed run wrote its brief")
            }
        }
    }

    func testAFileSizeLimitLeavesNoPartialFile() throws {
        let target = path("limited.pdf")
        let run = try run("/bin/bash", ["-c", "ulimit -f 8; \"$0\" build \"$1\" -o \"$2\"", Self.binary.path, sample, target])
        XCTAssertEqual(run.status, 73, run.stderr)
        XCTAssertTrue(run.stderr.contains("over the file-size limit"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        XCTAssertEqual(temporaryFilesLeft(), [])
    }

    func testClosedAndFullStandardStreams() throws {
        let closed = try run("/bin/sh", ["-c", "\"$0\" extract \"$1\" >&-", Self.binary.path, sample])
        XCTAssertEqual(closed.status, 74, closed.stderr)
        XCTAssertEqual(closed.stderr.split(separator: "\n").count, 1, closed.stderr)
        XCTAssertTrue(closed.stderr.contains("standard output"), closed.stderr)
        let full = try run("/bin/sh", ["-c", "\"$0\" extract \"$1\" > /dev/full", Self.binary.path, sample])
        XCTAssertEqual(full.status, 74, full.stderr)
        XCTAssertTrue(full.stderr.contains("standard output"), full.stderr)
        // An error with standard error closed still ends with its code, not a trap.
        let noErr = try run("/bin/sh", ["-c", "\"$0\" build /nonexistent/x.txt 2>&-", Self.binary.path])
        XCTAssertEqual(noErr.status, 66)
        // A reader that goes away early: a quiet end, never a crash.
        let piped = try run("/bin/bash", ["-c", "\"$0\" extract --explain \"$1\" | head -c 10 > /dev/null; echo ${PIPESTATUS[0]}",
                                          Self.binary.path, sample])
        XCTAssertTrue(["0", "74"].contains(piped.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), piped.stdout + piped.stderr)
        XCTAssertFalse(piped.stderr.contains("Fatal"), piped.stderr)
        // With standard output closed, a brief written to a file stays a clean PDF (no line printed into it).
        let quietFile = try run("/bin/sh", ["-c", "\"$0\" build \"$1\" -o \"$2\" >&-", Self.binary.path, sample, path("c.pdf")])
        XCTAssertEqual(quietFile.status, 74, quietFile.stderr)
        XCTAssertEqual(try tool("qpdf", ["--check", path("c.pdf")]).status, 0)
    }

    func testFeedWithABrokenLineRendersTheOthers() throws {
        let feed = path("feed.jsonl")
        let good = { (headline: String) in
            "{\"headline\": \"\(headline)\", \"source\": \"Wire\", \"published\": \"2024-05-02\", \"body\": \"ATHENS: Coast guards said 12 migrants were rescued off Crete on Tuesday.\"}"
        }
        try [good("Rescue off Crete"), "{\"headline\": broken", good("Second rescue off Crete")].joined(separator: "\n")
            .write(toFile: feed, atomically: true, encoding: .utf8)
        let run = try brief(["build", feed, "-o", path("briefs")])
        XCTAssertEqual(run.status, 65, run.stderr)
        XCTAssertTrue(run.stderr.contains("line 2"), run.stderr)
        XCTAssertTrue(run.stderr.contains("1 of 3 articles failed"), run.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: path("briefs")).sorted()
        XCTAssertEqual(written, ["1-rescue-off-crete.pdf", "3-second-rescue-off-crete.pdf"])
        // One article in a feed still goes into the folder.
        try good("Only one").write(toFile: path("one.jsonl"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try brief(["build", path("one.jsonl"), "-o", path("single")]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("single")), ["1-only-one.pdf"])
        for folder in ["briefs", "single"] { try FileManager.default.removeItem(atPath: path(folder)) }
        try expectFailure(["build", path("one.jsonl"), "-o", path("one.pdf")], status: 64, naming: path("one.pdf"))
        // extract keeps the good lines too.
        let extract = try brief(["extract", feed])
        XCTAssertEqual(extract.status, 65)
        XCTAssertEqual(extract.stdout.split(separator: "\n").count, 2, extract.stdout)
    }

    func testNamesInEveryScriptGetTheirOwnBriefs() throws {
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        var outputs: [String] = []
        for name in ["مقالة", "文章", "статья"] {
            try text.write(toFile: path("\(name).txt"), atomically: true, encoding: .utf8)
            let built = try run("/bin/sh", ["-c", "cd \"$0\" && \"$1\" build \"$2\"", scratch.path, Self.binary.path, "\(name).txt"])
            XCTAssertEqual(built.status, 0, built.stderr)
            outputs.append(built.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        XCTAssertEqual(outputs, ["output/مقالة.pdf", "output/文章.pdf", "output/статья.pdf"])
    }

    func testControlCharactersAreEscapedInErrorLines() throws {
        let name = path("bad\u{1B}[2Jname\u{07}.txt")
        _ = FileManager.default.createFile(atPath: name, contents: Data())
        let run = try brief(["build", name, "-o", path("x.pdf")])
        XCTAssertEqual(run.status, 65)
        XCTAssertFalse(run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, run.stderr)
        XCTAssertTrue(run.stderr.contains("\\u{1B}[2Jname\\u{7}"), run.stderr)
    }

    func testStandardInputAndVersion() throws {
        let version = try brief(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let facts = try run("/bin/sh", ["-c", "\"$0\" extract - -o - < \"$1\"", Self.binary.path, sample])
        XCTAssertEqual(facts.status, 0, facts.stderr)
        XCTAssertTrue(facts.stdout.contains("\"headline\""), facts.stdout)
        let completion = try brief(["completion", "bash"])
        XCTAssertEqual(completion.status, 0)
        XCTAssertTrue(completion.stdout.contains("complete"), completion.stdout)
    }
}

/// The binary away from its build tree: installed with `make install`, it finds its fonts and data; copied
/// alone, it fails with one line naming what it searched.
extension EndToEndTests {
    func testAnInstalledCopyWorksAndALoneCopySaysWhatIsMissing() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/make"), "make is not installed")
        let configuration = Self.binary.deletingLastPathComponent().lastPathComponent
        try XCTSkipUnless(["debug", "release"].contains(configuration), "the binary is not in a build folder")
        let prefix = path("prefix")
        let install = try run("/usr/bin/make", ["-s", "install", "CONFIG=\(configuration)", "PREFIX=\(prefix)"])
        XCTAssertEqual(install.status, 0, install.stdout + install.stderr)
        // Run from a folder with no fonts/ above it, so only the installed layout can supply them.
        let pdf = path("installed.pdf")
        let built = try run("/bin/sh", ["-c", "cd / && \"$0\" build \"$1\" -o \"$2\"", "\(prefix)/bin/brief", sample, pdf])
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(built.stderr, "", "no warning: the installed fonts are found")
        let fonts = try tool("pdffonts", [pdf]).stdout
        XCTAssertTrue(fonts.contains("NotoSerif"), fonts)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(prefix)/share/bash-completion/completions/brief"))
        // render checks facts against the installed schema; schema prints it
        let facts = path("installed.json")
        XCTAssertEqual(try run("/bin/sh", ["-c", "cd / && \"$0\" extract \"$1\" -o \"$2\"", "\(prefix)/bin/brief", sample, facts]).status, 0)
        let rendered = try run("/bin/sh", ["-c", "cd / && \"$0\" render \"$1\" -o \"$2\"", "\(prefix)/bin/brief", facts, path("r.pdf")])
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
        let schema = try run("\(prefix)/bin/brief", ["schema"])
        XCTAssertEqual(schema.status, 0, schema.stderr)
        XCTAssertTrue(schema.stdout.contains("2020-12"), schema.stdout)

        let lone = path("lone/brief")
        try FileManager.default.createDirectory(atPath: path("lone"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(prefix)/bin/brief", toPath: lone)
        let failed = try run("/bin/sh", ["-c", "cd / && \"$0\" build \"$1\" -o \"$2\"", lone, sample, path("lone.pdf")])
        XCTAssertEqual(failed.status, 69, failed.stderr)
        XCTAssertEqual(failed.stderr.split(separator: "\n").count, 1, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("searched"), failed.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("lone.pdf")))
    }
}

extension EndToEndTests {
    func testMissingOrBrokenFontsAreNamedNotMistakenForLayout() throws {
        try FileManager.default.createDirectory(atPath: path("broken-fonts"), withIntermediateDirectories: true)
        try Data("not a font".utf8).write(to: URL(fileURLWithPath: path("broken-fonts/Serif.ttf")))
        try expectFailure(["build", sample, "--fonts", path("broken-fonts"), "-o", path("x.pdf")], status: 69,
                          naming: path("broken-fonts"))
        try expectFailure(["build", sample, "--fonts", path("no-such-folder"), "-o", path("x.pdf")], status: 69,
                          naming: path("no-such-folder"))
        let run = try brief(["build", sample, "--fonts", path("broken-fonts"), "-o", path("x.pdf")])
        XCTAssertFalse(run.stderr.contains("taller"), run.stderr)
    }
}
