import KashDashContract
import NIOHTTP1

/// The `/go` fast path's 302 response heads, their fields prepared once per link at start-up.
///
/// The fields are the router's (`AdviceRedirectResponse.headers`) plus those Hummingbird adds
/// to every response (`Date`, `Server`) and framing (`Content-Length: 0`), so a client cannot
/// tell which path answered.
///
/// Why heads and not ready-encoded bytes (as until 2026-12): every response on a connection
/// must pass through NIO's `HTTPResponseEncoder`, because the encoder pairs each response
/// with the request it answers (a queue its request decoder feeds) to leave out the body of
/// a response to `HEAD`. Bytes written past it left the pairing one request behind, so the
/// body of the response after a `HEAD` was dropped while its `Content-Length` was still
/// sent: a desynchronised connection (issue 18, `docs/SERVER.md`).
struct AdviceRedirectResponses: Sendable {
    /// The fields before `Date`, per link id.
    private let fields: [String: [(String, String)]]

    init(catalogue: AdviceLinkCatalogue, serverName: String?) {
        var fields: [String: [(String, String)]] = [:]
        for link in catalogue.links {
            var list = AdviceRedirectResponse.headers(for: link).map { ($0.name.rawName, $0.value) }
            list.append(("Content-Length", "0"))
            if let serverName { list.append(("Server", serverName)) }
            fields[link.id] = list
        }
        self.fields = fields
    }

    /// The response head for `linkID`, or `nil` for a link not in the catalogue.
    func head(linkID: String, date: String, close: Bool) -> HTTPResponseHead? {
        guard var list = fields[linkID] else { return nil }
        list.append(("Date", date))
        if close { list.append(("Connection", "close")) }
        return HTTPResponseHead(version: .http1_1, status: .found, headers: HTTPHeaders(list))
    }
}
