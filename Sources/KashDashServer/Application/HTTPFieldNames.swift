import HTTPTypes

extension HTTPField.Name {
    /// Keeps the game's page address out of the advice site's logs.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}

extension HTTPField.Name {
    /// Keeps a panel link's page (its token is in the address) out of search engines.
    static let xRobotsTag = HTTPField.Name("X-Robots-Tag")!
}
