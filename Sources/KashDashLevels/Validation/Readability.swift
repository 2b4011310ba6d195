/// A readability measure for children's text: the Flesch reading ease, with sentence and
/// syllable counts done by simple rules (documented in docs/LEVELS.md, "Readability").
///
/// Flesch reading ease = 206.835 - 1.015 x (words / sentences) - 84.6 x (syllables / words).
/// 90-100 reads easily at 11; 70-80 is "fairly easy". The syllable rule is the common
/// heuristic (vowel groups, minus a silent final e), good to a syllable or so per word.
public enum Readability {
    /// The lowest reading ease a safety message (prompt, choices and feedback together) may have.
    public static let minimumReadingEase = 70.0
    /// The most words one sentence may have, anywhere in a message or lesson.
    public static let maximumSentenceWords = 20

    /// The text's sentences, each as its words (punctuation stripped).
    public static func sentences(_ text: String) -> [[String]] {
        var sentences: [[String]] = []
        var current: [String] = []
        for raw in text.split(whereSeparator: { $0.isWhitespace }) {
            let word = raw.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" }
            if !word.isEmpty, word.contains(where: { $0.isLetter || $0.isNumber }) { current.append(String(word)) }
            let ending = raw.reversed().drop { "\"'”’)]".contains($0) }
            if let last = ending.first, ".!?".contains(last), !current.isEmpty {
                sentences.append(current)
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Syllables in one word, by rule: vowel groups, less a silent ending; at least one.
    public static func syllables(_ word: String) -> Int {
        var letters = Array(word.lowercased().filter { $0 >= "a" && $0 <= "z" })
        if letters.isEmpty { return word.contains(where: \.isNumber) ? max(1, word.count) : 1 }
        if letters.count <= 3 { return 1 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        // Silent endings: "-es" and "-e" after a consonant other than l, and "-ed".
        let count = letters.count
        if letters.suffix(2) == ["e", "d"] as [Character] {
            letters.removeLast(2)
        } else if letters.suffix(2) == ["e", "s"] as [Character], !vowels.contains(letters[count - 3]), letters[count - 3] != "l" {
            letters.removeLast(2)
        } else if letters[count - 1] == "e", !vowels.contains(letters[count - 2]), letters[count - 2] != "l" {
            letters.removeLast()
        }
        if letters.first == "y" { letters.removeFirst() }
        var groups = 0
        var run = 0
        for letter in letters {
            if vowels.contains(letter) {
                run += 1
                if run == 1 || run == 3 { groups += 1 }
            } else {
                run = 0
            }
        }
        return max(1, groups)
    }

    /// The Flesch reading ease of `text` (higher is easier), or nil for text without words.
    public static func readingEase(_ text: String) -> Double? {
        let sentences = sentences(text)
        let words = sentences.flatMap { $0 }
        guard !words.isEmpty else { return nil }
        let syllableCount = words.reduce(0) { $0 + syllables($1) }
        return 206.835 - 1.015 * Double(words.count) / Double(sentences.count)
            - 84.6 * Double(syllableCount) / Double(words.count)
    }

    /// The first sentence longer than the limit, if any.
    public static func longestSentence(_ text: String) -> [String]? {
        sentences(text).first { $0.count > maximumSentenceWords }
    }
}
