import Foundation

/// Opens advice links in the desktop's browser with `xdg-open`, without waiting for it.
public final class LinkOpener {
    private let log: BackendLog
    private let launcher: URL?

    public init(log: BackendLog, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.log = log
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        launcher = path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("xdg-open") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts the browser on `url`. Returns false if it could not be started, so the
    /// caller can show the address instead.
    @discardableResult
    public func open(_ url: String) -> Bool {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            log.always("not opening '\(url)': only web addresses are opened")
            return false
        }
        guard let launcher else {
            log.once("xdg-open is not installed; advice addresses are shown on screen instead")
            return false
        }
        let process = Process()
        process.executableURL = launcher
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()  // Foundation reaps it when it exits; we never wait.
            return true
        } catch {
            log.always("could not start xdg-open for \(url): \(error.localizedDescription)")
            return false
        }
    }
}
