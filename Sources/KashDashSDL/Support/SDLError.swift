import CSDL2

/// A failed SDL call: what we were doing and SDL's own explanation.
public struct SDLError: Error, CustomStringConvertible, Sendable {
    public var operation: String
    public var reason: String

    public init(_ operation: String, reason: String? = nil) {
        self.operation = operation
        self.reason = reason ?? String(cString: SDL_GetError())
    }

    public var description: String { reason.isEmpty ? operation : "\(operation): \(reason)" }
}
