import Hummingbird
import KashDashContract
import KashDashMetrics
import Logging

/// `GET`/`HEAD /download/<file>`: serves the game's files and counts real downloads.
///
/// Counted: a `GET` answered in full, or a range that starts at byte 0 and is not a tiny
/// probe; once per file per daily visitor hash. Not counted: `HEAD`, 304s, resumed ranges
/// (starting past 0) and probe ranges. Known bots are counted apart.
struct DownloadController: Sendable {
    let folder: DownloadFolder
    let store: any MetricsStore
    let visitors: DailyVisitorHasher
    let bots: BotDetector
    let clock: any DayClock
    let fileIO = FileIO()
    /// Ranges shorter than this that do not cover the whole file are probes.
    static let probeBytes = 1024

    func register(on router: some RouterMethods<KashDashRequestContext>) {
        router.get("/download/:file") { request, context in try await serve(request, context, isHead: false) }
        router.head("/download/:file") { request, context in try await serve(request, context, isHead: true) }
    }

    private func serve(_ request: Request, _ context: KashDashRequestContext, isHead: Bool) async throws -> Response {
        let name = context.parameters.get("file") ?? ""
        let file: DownloadFile
        do {
            file = try folder.file(named: name)
        } catch .invalidName {
            throw APIError(.badRequest, code: "invalid_file_name", reason: "a download is named by a plain file name")
        } catch {
            throw APIError(.notFound, code: "no_such_file", reason: "there is no download called \(name)")
        }

        var headers: HTTPFields = [
            .eTag: file.etag, .acceptRanges: "bytes", .contentType: file.contentType,
            .cacheControl: "no-cache",
        ]
        if let match = request.headers[.ifNoneMatch], Self.etag(file.etag, matches: match) {
            return Response(status: .notModified, headers: headers)
        }

        var range = ByteRange(first: 0, last: file.size - 1)
        var status = HTTPResponse.Status.ok
        if let rangeHeader = request.headers[.range] {
            do {
                range = try ByteRange.parse(rangeHeader, fileSize: file.size)
                status = .partialContent
                headers[.contentRange] = "bytes \(range.first)-\(range.last)/\(file.size)"
            } catch {
                var refusal = APIError(.rangeNotSatisfiable, code: "bad_range", reason: Self.reason(error))
                refusal.headers[.contentRange] = "bytes */\(file.size)"
                throw refusal
            }
        }
        headers[.contentLength] = String(max(0, range.length))

        if !isHead && isNewDownload(range: range, fileSize: file.size) {
            await count(file: file, request: request, context: context)
        }
        if isHead || file.size == 0 {
            return Response(status: status, headers: headers, body: .init())
        }
        let body = try await fileIO.loadFile(path: file.path, range: range.first...range.last, context: context)
        return Response(status: status, headers: headers, body: body)
    }

    private func isNewDownload(range: ByteRange, fileSize: Int) -> Bool {
        range.first == 0 && (range.length >= Self.probeBytes || range.length >= fileSize)
    }

    private func count(file: DownloadFile, request: Request, context: KashDashRequestContext) async {
        let userAgent = request.headers[.userAgent]
        do {
            guard try await visitors.isFirstToday(properties: [context.peerIP, userAgent ?? ""], item: file.name) else { return }
        } catch {
            // The seen set is unreachable: the file is still served, uncounted (the event
            // could not be stored either). Only the error is logged, never the request.
            context.logger.error("could not check the day's seen set", metadata: ["error": "\(error)"])
            return
        }
        let event = MetricEvent(kind: .download, day: clock.today(), file: file.name, isBot: bots.isBot(userAgent: userAgent))
        do {
            try await store.record([event])
        } catch {
            // The file is still served: a lost count must never cost a child the game.
            context.logger.error("could not record download", metadata: ["error": "\(error)"])
        }
    }

    static func etag(_ etag: String, matches header: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingPrefix(while: { $0 == " " })
            let bare = trimmed.hasPrefix("W/") ? trimmed.dropFirst(2) : trimmed
            return bare.trimmingSuffix(while: { $0 == " " }) == etag[...] || trimmed == "*"
        }
    }

    static func reason(_ error: ByteRange.ParseError) -> String {
        switch error {
        case .malformed(let reason): return "bad Range header: \(reason)"
        case .unsatisfiable: return "the range lies outside the file"
        }
    }
}
