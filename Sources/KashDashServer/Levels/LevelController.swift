import Hummingbird

/// `GET /api/v1/levels` (the manifest) and `GET /api/v1/levels/<id>` (one script).
struct LevelController: Sendable {
    let pack: LevelPack

    struct Manifest: ResponseEncodable {
        struct Entry: Encodable {
            let id: String
            let version: Int
            let sha256: String
            let size: Int
            let url: String
        }
        let levels: [Entry]
    }

    func register(on router: some RouterMethods<KashDashRequestContext>) {
        // The pack is fixed at start-up, so the manifest is built once, not per request.
        let manifest = Manifest(levels: pack.scripts.map {
            .init(id: $0.id, version: $0.version, sha256: $0.sha256, size: $0.source.count, url: "/api/v1/levels/\($0.id)")
        })
        router.get("/api/v1/levels") { _, _ in manifest }
        router.get("/api/v1/levels/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            guard let script = pack.script(id: id) else {
                throw APIError(.notFound, code: "no_such_level", reason: "there is no level called \(id.prefix(64))")
            }
            let etag = "\"\(script.sha256)\""
            var headers: HTTPFields = [.eTag: etag, .contentType: "text/x-lua; charset=utf-8", .cacheControl: "no-cache"]
            if let match = request.headers[.ifNoneMatch], DownloadController.etag(etag, matches: match) {
                return Response(status: .notModified, headers: headers)
            }
            headers[.contentLength] = String(script.source.count)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: script.source)))
        }
    }
}
