import Foundation
import Testing

@testable import KashDashGame

@Suite struct TeacherPinTests {
    static func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.filter { !$0.isWhitespace })
        return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16)! }
    }

    /// RFC 7914 section 11: PBKDF2-HMAC-SHA256 test vectors.
    @Test func pbkdf2MatchesRFC7914() {
        #expect(
            PinHashing.pbkdf2SHA256(password: Array("passwd".utf8), salt: Array("salt".utf8), iterations: 1, length: 64)
                == Self.hex("""
                    55 ac 04 6e 56 e3 08 9f ec 16 91 c2 25 44 b6 05 f9 41 85 21 6d de 04 65 e6 8b 9d 57 c2 0d ac bc
                    49 ca 9c cc f1 79 b6 45 99 16 64 b3 9d 77 ef 31 7c 71 b8 45 b1 e3 0b d5 09 11 20 41 d3 a1 97 83
                    """))
        #expect(
            PinHashing.pbkdf2SHA256(
                password: Array("Password".utf8), salt: Array("NaCl".utf8), iterations: 80000, length: 64)
                == Self.hex("""
                    4d dc d8 f6 0b 98 be 21 83 0c ee 5e f2 27 01 f9 64 1a 44 18 d0 4c 04 14 ae ff 08 87 6b 34 ab 56
                    a1 d4 25 a1 22 58 33 54 9a db 84 1b 51 c9 b3 17 6a 27 2b de bb a1 d0 78 47 8f 62 b3 97 f3 3c 8d
                    """))
    }

    @Test func aHashedPinMatchesOnlyItself() throws {
        let pin = try TeacherPin(hashing: "4821", iterations: 1000)
        #expect(pin.salt.count == 16)
        #expect(pin.hash.count == 32)
        #expect(pin.matches("4821"))
        for wrong in ["4822", "482", "48210", "", "1284", "４８２１"] { #expect(!pin.matches(wrong), "\(wrong)") }
        let again = try TeacherPin(hashing: "4821", iterations: 1000)
        #expect(again.salt != pin.salt, "a fresh salt each time")
        #expect(again.hash != pin.hash)
    }

    @Test func theDefaultCostIsHigh() throws {
        #expect(TeacherPin.defaultIterations >= 600_000)
    }

    @Test(arguments: ["123", "123456789", "12a4", "12 34", "", "١٢٣٤"])
    func onlyFourToEightDigitsArePins(text: String) {
        #expect(throws: TeacherPinError.badFormat) { try TeacherPin.checkFormat(text) }
    }

    @Test func comparisonNeedsEveryByte() {
        #expect(PinHashing.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!PinHashing.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!PinHashing.constantTimeEqual([1, 2, 3], [1, 2]))
    }
}
