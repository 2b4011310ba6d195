import GRDB
import KashDashContract

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Named dashboard accounts (commissioner's office staff) and the audit log of their
/// logins and exports. Kept apart from the anonymous metrics: these are adults' accounts,
/// and the audit log's exact times are required for audit. Where they live is the
/// `AccountStorage`: `accounts.sqlite` for one server, PostgreSQL for several.
public final class AccountStore: Sendable {
    public typealias AuditEntry = AuditRecord

    /// Where accounts, sessions and the login pause are kept.
    public let storage: any AccountStorage
    private let hasher: PasswordHasher

    public init(storage: any AccountStorage, hasher: PasswordHasher = PasswordHasher()) {
        self.storage = storage
        self.hasher = hasher
    }

    /// SQLite through `writer` (tests pass an in-memory `DatabaseQueue()`).
    public convenience init(writer: any DatabaseWriter, hasher: PasswordHasher = PasswordHasher()) throws {
        self.init(storage: try SQLiteSharedState(writer: writer), hasher: hasher)
    }

    /// Opens `<data>/accounts.sqlite`.
    public convenience init(dataDirectory: String, hasher: PasswordHasher = PasswordHasher()) throws {
        self.init(storage: try SQLiteSharedState(dataDirectory: dataDirectory), hasher: hasher)
    }

    /// Usernames: 2-32 of `[a-z0-9._-]`, starting with a letter or digit.
    public static func isValidUsername(_ name: String) -> Bool {
        (2...32).contains(name.count) && Identifier.isCatalogueID(name)
    }

    public enum AccountError: Error, Equatable, CustomStringConvertible {
        case invalidUsername, passwordTooShort, exists, notFound
        public var description: String {
            switch self {
            case .invalidUsername: return "a username is 2-32 lower-case letters, digits, '.', '-' or '_'"
            case .passwordTooShort: return "a password needs at least 12 characters (three random words work well)"
            case .exists: return "that account already exists"
            case .notFound: return "there is no such account"
            }
        }
    }

    public func add(username: String, password: String) async throws {
        guard Self.isValidUsername(username) else { throw AccountError.invalidUsername }
        guard password.count >= 12 else { throw AccountError.passwordTooShort }
        let record = Self.record(username: username, action: "account_added", detail: "")
        guard try await storage.addAccount(username: username, passwordHash: hasher.hash(password), audit: record) else {
            throw AccountError.exists
        }
    }

    public func remove(username: String) async throws {
        let record = Self.record(username: username, action: "account_removed", detail: "")
        guard try await storage.removeAccount(username: username, audit: record) else { throw AccountError.notFound }
    }

    public func list() async throws -> [String] { try await storage.usernames() }

    /// `true` when the password matches. An unknown user costs the same hashing time.
    public func verify(username: String, password: String) async throws -> Bool {
        guard let stored = try await storage.passwordHash(username: username) else {
            _ = hasher.verify(password, against: "pbkdf2-sha256$\(hasher.iterations)$00$00")
            return false
        }
        return hasher.verify(password, against: stored)
    }

    /// Appends to the audit log.
    public func audit(username: String, action: String, detail: String = "") async throws {
        try await storage.appendAudit(Self.record(username: username, action: action, detail: detail))
    }

    public func auditLog(limit: Int = 100) async throws -> [AuditEntry] { try await storage.auditLog(limit: limit) }

    /// An audit record stamped now, for storage calls that write one in their own transaction.
    public static func record(username: String, action: String, detail: String = "") -> AuditRecord {
        AuditRecord(at: utcTimestamp(), username: username, action: action, detail: detail)
    }

    /// `YYYY-MM-DDThh:mm:ssZ`: the date from `Day`, the time of day from the seconds left over.
    static func utcTimestamp(unixSeconds: Int = Int(time(nil))) -> String {
        let day = Day(unixSeconds: unixSeconds)
        let seconds = unixSeconds - day.ordinal * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.iso)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }
}
