/// The one version of Kash Dash: printed by `kashdash --version` and `kashdash-server --version`,
/// sent as the app version with the game's anonymous events, and used by `scripts/package` to
/// name the `.deb` files. Change it here and nowhere else.
public enum KashDashVersion {
    public static let current = "2.0.0"
}
