import Foundation
import KashDashContract
import Testing
@testable import KashDashLevels

@Suite struct SourceLinesTests {
    @Test func findsNestedFieldLines() {
        let source = """
            -- a comment with { braces }
            local helper = function(t) return { t } end
            return {
              id = "x",
              text = [[long
            string]],
              messages = {
                { id = "a",
                  choices = {
                    { text = "one", feedback = "f" },
                    { text = "two",
                      feedback = "g" },
                  } },
              },
              build = function(b)
                if true then b:gate{ x = 1 } end
              end,
              after = 3,
            }
            """
        let lines = SourceLines(source: source)
        #expect(lines.returnLine == 3)
        #expect(lines.line(for: "id") == 4)
        #expect(lines.line(for: "messages[1]") == 8)
        #expect(lines.line(for: "messages[1].choices[2].feedback") == 12)
        #expect(lines.line(for: "messages[1].choices[1].text") == 10)
        #expect(lines.line(for: "after") == 18)
        #expect(lines.line(for: "missing") == 3)
        #expect(lines.line(for: "messages[1].nothing") == 8)
    }

    @Test func followsAReturnedLocal() {
        let lines = SourceLines(source: "local level = {\n  id = \"x\",\n}\nreturn level")
        #expect(lines.returnLine == 4)
        #expect(lines.line(for: "id") == 2)
    }
}
