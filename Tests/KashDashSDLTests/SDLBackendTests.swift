import Testing

/// The SDL backend's tests. SDL's start-up and shut-down are not safe to run on several
/// threads at once, so every suite in this target nests here and runs one test at a time.
@Suite(.serialized) enum SDLBackendTests {}
