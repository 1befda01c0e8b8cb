import FuzzSupport

/// libFuzzer's entry point for the `plan-reader` target (see FuzzOracles.swift for what it checks).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.run("plan-reader", data, size)
}
