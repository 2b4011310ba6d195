import Foundation

/// Starts SDL's video in the C locale, then puts the environment back.
///
/// Why: SDL's X11 start opens an input method in the environment's locale (`setlocale(LC_ALL,
/// "")`, then `XOpenIM`), and in any UTF-8 locale that parses the 5,700-line
/// `en_US.UTF-8/Compose` table: about 60 ms of a kiosk's 100 ms budget to its first picture
/// (measured with `scripts/game/start-phases.sh`: SDL video start 64 ms, 16 ms with LC_ALL=C).
/// The game never takes typed text, only keys (`InputMapper` reads key codes, never text
/// input events), so the compose table buys nothing. The rest of the process keeps the
/// player's locale: a browser opened for an advice link must come up in their language.
///
/// Setting and unsetting one variable while other threads may read the environment is safe
/// with glibc: the first `setenv` copies the array and never frees the one readers may hold,
/// and `unsetenv` removes in place.
enum InputMethodLocale {
    static func withCLocale<T>(_ body: () throws(SDLError) -> T) throws(SDLError) -> T {
        let previous = getenv("LC_ALL").map { String(cString: $0) }
        setenv("LC_ALL", "C", 1)
        defer {
            if let previous { setenv("LC_ALL", previous, 1) } else { unsetenv("LC_ALL") }
        }
        return try body()
    }
}
