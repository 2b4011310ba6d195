import Foundation
import KashDashContract
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a fetch gave nothing usable, in words for a log line.
struct FetchFailure: Error, CustomStringConvertible, Sendable {
    let description: String
}

/// GETs one URL with a hard deadline and a size cap: the download stops as soon as the cap is
/// passed, so a server that stalls or floods costs at most `timeout` seconds and `limit` bytes.
struct BoundedFetcher: Sendable {
    let timeout: TimeInterval

    func get(_ url: URL, limit: Int) async throws(FetchFailure) -> Data {
        let fetch = BoundedFetch(limit: limit, timeout: timeout)
        let result = await fetch.run(url)
        return try result.get()
    }
}

/// One transfer: collects bytes from the session's delegate callbacks until done, too large
/// or out of time. Its state is guarded by a lock, since callbacks arrive on the session's queue.
private final class BoundedFetch: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let limit: Int
    private let timeout: TimeInterval
    private let lock = NSLock()
    private var received = Data()
    private var stopReason: String?
    private var continuation: CheckedContinuation<Result<Data, FetchFailure>, Never>?
    private var finished = false

    init(limit: Int, timeout: TimeInterval) {
        self.limit = limit
        self.timeout = timeout
    }

    func run(_ url: URL) async -> Result<Data, FetchFailure> {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("KashDash/\(KashDashVersion.current)", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        defer { session.finishTasksAndInvalidate() }
        return await withCheckedContinuation { continuation in
            lock.withLock { self.continuation = continuation }
            task.resume()
            // The session's own timers restart with every byte; this one does not.
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak task] in
                self.stop(task, reason: "no complete answer within \(Self.seconds(self.timeout))")
            }
        }
    }

    private func stop(_ task: URLSessionTask?, reason: String) {
        let stopping = lock.withLock { () -> Bool in
            guard !finished, stopReason == nil else { return false }
            stopReason = reason
            return true
        }
        if stopping { task?.cancel() }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            received.append(data)
            return received.count > limit
        }
        if over { stop(dataTask, reason: "the answer is larger than the limit of \(limit) bytes") }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let status = (task.response as? HTTPURLResponse)?.statusCode ?? 0
        let (continuation, result) = lock.withLock { () -> (CheckedContinuation<Result<Data, FetchFailure>, Never>?, Result<Data, FetchFailure>) in
            finished = true
            defer { self.continuation = nil }
            if let stopReason { return (self.continuation, .failure(FetchFailure(description: stopReason))) }
            if let error {
                let timedOut = (error as? URLError)?.code == .timedOut
                let reason = timedOut ? "no answer within \(Self.seconds(timeout))" : "cannot reach the server (\(error.localizedDescription))"
                return (self.continuation, .failure(FetchFailure(description: reason)))
            }
            guard status == 200 else {
                return (self.continuation, .failure(FetchFailure(description: "the server answered HTTP \(status)")))
            }
            return (self.continuation, .success(received))
        }
        continuation?.resume(returning: result)
    }

    private static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
