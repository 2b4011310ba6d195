import CQREncode
import KashDashGame

/// Turns an address into a QR code with libqrencode: the one Swift type over `CQREncode`.
public enum QRCodeEncoder {
    /// The smallest symbol that holds `text` at error-correction level M (about 15 % of the
    /// code may be smudged or glared and it still reads), or nil if libqrencode refuses it.
    public static func matrix(for text: String) -> QRMatrix? {
        // Version 0: the smallest that fits. 8-bit mode keeps the URL byte for byte.
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits say what the module is for.
        let modules = (0..<size * size).map { code.pointee.data[$0] & 1 == 1 }
        return QRMatrix(size: size, modules: modules)
    }
}
