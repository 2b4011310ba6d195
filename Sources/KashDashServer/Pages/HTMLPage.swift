import Hummingbird
import KashDashContract

/// Small helpers for the server's few hand-written HTML pages.
enum HTMLPage {
    static func response(status: HTTPResponse.Status, html: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = headers[.cacheControl] ?? "no-store"
        headers[.contentSecurityPolicy] = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// Escapes text for HTML element and attribute content.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// The friendly page a child sees for a link id the catalogue does not know. It never
/// redirects; it lists the sites that are allowed, so the child can still find help.
enum UnknownLinkPage {
    static func html(catalogue: AdviceLinkCatalogue) -> String {
        let items = catalogue.links.map { link in
            "<li><a href=\"\(HTMLPage.escape(GoLink.path(linkID: link.id)))\">\(HTMLPage.escape(link.title))</a></li>"
        }.joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Link not found - Kash Dash</title>
            <style>body{font-family:Andika,sans-serif;font-size:1.25rem;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>
            </head><body>
            <h1>Sorry, we could not find that link</h1>
            <p>Kash could not find the page you asked for. That's OK! If something online has
            worried you, <strong>tell a trusted adult</strong>: a parent, carer or teacher.</p>
            <p>These sites give good advice:</p>
            <ul>
            \(items)
            </ul>
            <p>You can talk to Childline any time on <strong>0800 1111</strong>.</p>
            </body></html>
            """
    }
}
