import Foundation
import Testing

@testable import KashDashSpeech

@Suite struct WAVFileTests {
    @Test func headerDescribesMono16BitPCM() {
        let bytes = WAVFile.bytes(samples: [0, 1, -1, 32_767, -32_768], sampleRate: 22_050)
        func le32(_ at: Int) -> UInt32 { bytes[at..<at + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
        func le16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
        #expect(String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF")
        #expect(le32(4) == UInt32(bytes.count - 8))
        #expect(String(decoding: bytes[8..<16], as: UTF8.self) == "WAVEfmt ")
        #expect(le16(20) == 1 && le16(22) == 1)  // PCM, one channel
        #expect(le32(24) == 22_050 && le32(28) == 44_100 && le16(34) == 16)
        #expect(String(decoding: bytes[36..<40], as: UTF8.self) == "data" && le32(40) == 10)
        #expect(Array(bytes[44...]) == [0, 0, 1, 0, 0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x80])
    }
}
