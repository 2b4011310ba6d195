import HTTPTypes

extension HTTPField.Name {
    /// Keeps the game's page address out of the advice site's logs.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
