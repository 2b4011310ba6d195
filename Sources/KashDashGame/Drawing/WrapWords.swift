/// The pieces a line of text may be wrapped between: words, except that a space between two
/// groups of digits does not break ("0800 1111", "116 123"). A child copying a helpline
/// number must find it whole on one line, not split across two.
public enum WrapWords {
    public static func pieces(of paragraph: Substring) -> [String] {
        var pieces: [String] = []
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            if let last = pieces.last, last.last?.isNumber == true, word.first?.isNumber == true {
                pieces[pieces.count - 1] = last + " " + word
            } else {
                pieces.append(String(word))
            }
        }
        return pieces
    }
}
