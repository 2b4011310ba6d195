/// The three things every child must leave knowing, word for word wherever help is shown
/// (the advice screen, the Get help screen, the teacher's guide).
///
/// Sources (see Levels/README.md, "Sources"): Childline's number and that it is free
/// (childline.org.uk; NSPCC); "tell an adult you trust" and "if you are in immediate danger
/// call the police on 999" (CEOP, thinkuknow.co.uk/11_13/help/CEOP/).
///
/// The words are in the string catalogue (`help.*`); a translation keeps every number exactly.
enum HelpLines {
    /// A trusted adult, Childline, 999: as drawn.
    static let keys: [UIString] = [.helpTrustedAdult, .helpChildline, .helpEmergency]

    /// The same lines for the read-aloud voice: phone numbers digit by digit, as they are
    /// dialled (a voice reads "0800 1111" as "eight hundred, one thousand one hundred and eleven").
    static let spokenKeys: [UIString] = [.helpTrustedAdult, .helpChildlineSpoken, .helpEmergencySpoken]

    /// The three lines as drawn, in `strings`' language.
    static func all(_ strings: StringCatalogue) -> [String] { keys.map { strings.text($0) } }

    /// The three lines for the voice, in `strings`' language.
    static func spoken(_ strings: StringCatalogue) -> [String] { spokenKeys.map { strings.text($0) } }

    /// CEOP in words a 7-year-old understands, only for what CEOP helps with (CEOP cannot
    /// act on bullying, fake accounts or hacking; NCA-CEOP, parentinfo.org).
    static func ceop(_ strings: StringCatalogue) -> String { strings.text(.helpCEOP) }
}
