import CFriBidi

/// One line of text split into runs of one direction each, in the order they appear on
/// screen from left to right, by the Unicode bidirectional algorithm (FriBidi).
///
/// HarfBuzz (inside SDL_ttf) shapes a run in one direction but does not reorder mixed text:
/// an Urdu sentence holding "0800 1111" or "Childline", set as one right-to-left run, would
/// show the number backwards. So each run is shaped on its own, in its own direction, and the
/// runs are placed in this visual order.
struct BidiRun: Equatable {
    var text: String
    var rightToLeft: Bool
}

enum BidiRuns {
    /// `line`'s runs, left to right on screen, for a paragraph whose base direction is
    /// right to left (`baseRightToLeft`) or left to right.
    static func visual(_ line: String, baseRightToLeft: Bool) -> [BidiRun] {
        let scalars = baseRightToLeft ? isolatingNumbers(Array(line.unicodeScalars)) : Array(line.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        let levels = embeddingLevels(scalars, baseRightToLeft: baseRightToLeft)
        // Runs of one level, in logical order.
        var runs: [(scalars: ArraySlice<Unicode.Scalar>, level: Int)] = []
        var start = 0
        for index in 1...scalars.count where index == scalars.count || levels[index] != levels[start] {
            runs.append((scalars[start..<index], levels[start]))
            start = index
        }
        // Rule L2: from the highest level down to the lowest odd one, reverse every maximal
        // sequence of runs at that level or higher.
        let highest = runs.map(\.level).max() ?? 0
        let lowestOdd = runs.map(\.level).filter { $0 % 2 == 1 }.min() ?? highest + 1
        var order = Array(runs.indices)
        var level = highest
        while level >= lowestOdd {
            var index = 0
            while index < order.count {
                guard runs[order[index]].level >= level else {
                    index += 1
                    continue
                }
                var end = index
                while end < order.count && runs[order[end]].level >= level { end += 1 }
                order[index..<end].reverse()
                index = end
            }
            level -= 1
        }
        return order.compactMap { index in
            var text = String.UnicodeScalarView()
            // The isolate marks have done their work; fonts have no glyph for them.
            text.append(contentsOf: runs[index].scalars.filter { $0 != leftToRightIsolate && $0 != popIsolate })
            return text.isEmpty ? nil : BidiRun(text: String(text), rightToLeft: runs[index].level % 2 == 1)
        }
    }

    static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
    static let popIsolate: Unicode.Scalar = "\u{2069}"

    /// A number written in groups ("0800 1111") is one number: by the bidirectional algorithm
    /// alone the space between its groups takes the Urdu direction and the groups swap places
    /// ("1111 0800"). Isolating each such number keeps its groups in order, as Urdu
    /// typesetters do by hand.
    static func isolatingNumbers(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        var result: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            // Digits, and single spaces between digits.
            var end = index
            while end + 1 < scalars.count,
                isDigit(scalars[end + 1]) || (scalars[end + 1] == " " && end + 2 < scalars.count && isDigit(scalars[end + 2]))
            {
                end += 1
            }
            let number = scalars[index...end]
            if number.contains(" ") {
                result.append(leftToRightIsolate)
                result += number
                result.append(popIsolate)
            } else {
                result += number
            }
            index = end + 1
        }
        return result
    }

    /// The embedding level of each scalar (even: left to right, odd: right to left).
    static func embeddingLevels(_ scalars: [Unicode.Scalar], baseRightToLeft: Bool) -> [Int] {
        let characters = scalars.map { FriBidiChar($0.value) }
        let count = FriBidiStrIndex(characters.count)
        var types = [FriBidiCharType](repeating: FriBidiCharType(rawValue: 0), count: characters.count)
        var brackets = [FriBidiBracketType](repeating: 0, count: characters.count)
        var levels = [FriBidiLevel](repeating: 0, count: characters.count)
        var direction = baseRightToLeft ? kashdash_fribidi_par_rtl() : kashdash_fribidi_par_ltr()
        fribidi_get_bidi_types(characters, count, &types)
        fribidi_get_bracket_types(characters, count, types, &brackets)
        let result = fribidi_get_par_embedding_levels_ex(types, brackets, count, &direction, &levels)
        // 0 means FriBidi failed (out of memory): fall back to the base direction throughout.
        guard result != 0 else { return Array(repeating: baseRightToLeft ? 1 : 0, count: scalars.count) }
        return levels.map { Int($0) }
    }
}
