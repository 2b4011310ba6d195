import Hummingbird
import KashDashContract

/// `GET /api/v1/levels` (the manifest), `GET /api/v1/levels.sig` (its signature) and
/// `GET /api/v1/levels/<id>` (one script).
struct LevelController: Sendable {
    let pack: LevelPack
    /// With a key, the manifest and every script are signed; without, `levels.sig` answers 404.
    let signingKey: LevelSigningKey?

    func register(on router: some RouterMethods<KashDashRequestContext>) {
        // The pack is fixed at start-up, so the manifest is built and signed once, not per request.
        let manifest = SignedLevelManifest(pack: pack, key: signingKey)
        let manifestBody = ByteBuffer(bytes: manifest.bytes)
        router.get(RouterPath(LevelsEndpoint.manifestPath)) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json", .cacheControl: "no-cache", .contentLength: String(manifestBody.readableBytes)],
                body: .init(byteBuffer: manifestBody))
        }
        router.get(RouterPath(LevelsEndpoint.signaturePath)) { _, _ in
            guard let signature = manifest.signature else {
                throw APIError(.notFound, code: "unsigned", reason: "this server has no level signing key (run kashdash-server keys init)")
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"],
                body: .init(byteBuffer: ByteBuffer(string: signature + "\n")))
        }
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
