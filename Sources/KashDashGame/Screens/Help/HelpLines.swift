/// The three things every child must leave knowing, word for word wherever help is shown
/// (the advice screen, the Get help screen, the teacher's guide).
///
/// Sources (see Levels/README.md, "Sources"): Childline's number and that it is free
/// (childline.org.uk; NSPCC); "tell an adult you trust" and "if you are in immediate danger
/// call the police on 999" (CEOP, thinkuknow.co.uk/11_13/help/CEOP/).
enum HelpLines {
    static let trustedAdult = "Worried? Tell a trusted adult."
    static let childline = "Childline: call free on 0800 1111."
    static let emergency = "In danger right now? Call 999."

    static let all = [trustedAdult, childline, emergency]

    /// The same lines for the read-aloud voice: phone numbers digit by digit, as they are
    /// dialled (a voice reads "0800 1111" as "eight hundred, one thousand one hundred and eleven").
    static let spoken = [trustedAdult, "Childline: call free on 0 8 0 0, 1 1 1 1.", "In danger right now? Call 9 9 9."]

    /// CEOP in words a 7-year-old understands, only for what CEOP helps with (CEOP cannot
    /// act on bullying, fake accounts or hacking; NCA-CEOP, parentinfo.org).
    static let ceop =
        "CEOP is part of the police. They help if someone online asks you for pictures, secrets or to meet up."
}
