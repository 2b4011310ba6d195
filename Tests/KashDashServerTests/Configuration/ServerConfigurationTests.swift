import Logging
import Testing

@testable import KashDashServer

/// Every setting has one default, and the environment maps onto it by one rule.
@Suite struct ServerConfigurationTests {
    @Test func anEmptyEnvironmentGivesTheDefaults() throws {
        let configuration = try ServerConfiguration(environment: [:])
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.dataDirectory == ServerConfiguration().dataDirectory)
        #expect(configuration.linksFile == "Assets/advice-links.json")
        #expect(configuration.logLevel == .info)
    }

    @Test func variablesOverrideTheDefaults() throws {
        let configuration = try ServerConfiguration(environment: [
            "KASHDASH_HOST": "0.0.0.0", "KASHDASH_PORT": "9000", "KASHDASH_DATA": "/srv/kd",
            "KASHDASH_LINKS": "/etc/links.json", "KASHDASH_RAW_RETENTION_DAYS": "40", "KASHDASH_SECURE_COOKIES": "1",
            "KASHDASH_LOG_LEVEL": "DEBUG", "KASHDASH_POSTGRES_URL": "postgres://x@y/z", "KASHDASH_DOWNLOADS": "",
        ])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9000)
        #expect(configuration.dataDirectory == "/srv/kd")
        #expect(configuration.linksFile == "/etc/links.json")
        #expect(configuration.rawRetentionDays == 40)
        #expect(configuration.secureCookies)
        #expect(configuration.logLevel == .debug)
        #expect(configuration.postgresURL == "postgres://x@y/z")
        #expect(configuration.downloadsDirectory == "downloads", "an empty variable is ignored")
    }

    @Test func theDataFolderFollowsXDG() {
        #expect(ServerConfiguration.dataDirectory(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/kashdash")
        #expect(ServerConfiguration.dataDirectory(environment: ["HOME": "/h"]) == "/h/.local/share/kashdash")
        #expect(ServerConfiguration.dataDirectory(environment: [:]) == "./kashdash-data")
    }

    @Test(arguments: [
        ("KASHDASH_PORT", "eighty"), ("KASHDASH_PORT", "70000"), ("KASHDASH_RAW_RETENTION_DAYS", "0"),
        ("KASHDASH_SECURE_COOKIES", "yes"), ("KASHDASH_LOG_LEVEL", "loud"),
    ])
    func aBadValueIsRefusedByName(name: String, value: String) {
        #expect(throws: ServerConfiguration.InvalidSetting.self) { try ServerConfiguration(environment: [name: value]) }
        do { _ = try ServerConfiguration(environment: [name: value]) } catch { #expect(error.name == name) }
    }
}
