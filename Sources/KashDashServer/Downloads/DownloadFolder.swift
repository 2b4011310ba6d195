import KashDashContract
import KashDashMetrics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the downloads folder may serve.
struct DownloadFile: Sendable {
    let name: String
    let path: String
    let size: Int
    /// Strong validator from size and modification time (no hashing of large files).
    let etag: String
    let contentType: String
}

/// The folder `/download/<file>` serves from. Nothing outside it can be named: a name
/// must be a plain file name (no separators, no leading dot, no `..`), and after symlinks
/// are resolved the file must still lie inside the folder.
struct DownloadFolder: Sendable {
    enum LookupError: Error, Equatable {
        case invalidName
        case notFound
    }

    let directory: String

    func file(named name: String) throws(LookupError) -> DownloadFile {
        guard Identifier.isPlainFileName(name) else { throw .invalidName }
        guard let root = Self.realPath(directory), let resolved = Self.realPath(directory + "/" + name) else {
            throw .notFound
        }
        guard resolved.hasPrefix(root + "/") else { throw .invalidName }
        var info = stat()
        guard stat(resolved, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw .notFound }
        let size = Int(info.st_size)
        let modified = Int(info.st_mtim.tv_sec)
        let etag = "\"\(String(size, radix: 16))-\(String(modified, radix: 16))\""
        return DownloadFile(name: name, path: resolved, size: size, etag: etag, contentType: Self.contentType(of: name))
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Content types for what the game ships as, then a few common ones.
    static func contentType(of name: String) -> String {
        let lower = name.lowercased()
        return contentTypes.first { lower.hasSuffix($0.suffix) }?.type ?? "application/octet-stream"
    }

    private static let contentTypes: [(suffix: String, type: String)] = [
        (".appimage", "application/vnd.appimage"),
        (".deb", "application/vnd.debian.binary-package"),
        (".flatpak", "application/vnd.flatpak"),
        (".flatpakref", "application/vnd.flatpak.ref"),
        (".rpm", "application/x-rpm"),
        (".tar.gz", "application/gzip"), (".tgz", "application/gzip"),
        (".tar.xz", "application/x-xz"), (".zip", "application/zip"),
        (".sha256", "text/plain; charset=utf-8"), (".txt", "text/plain; charset=utf-8"),
        (".asc", "application/pgp-signature"), (".sig", "application/pgp-signature"),
        (".pdf", "application/pdf"), (".png", "image/png"), (".json", "application/json"),
        (".lua", "text/x-lua; charset=utf-8"),
    ]
}
