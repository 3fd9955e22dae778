import CCurl

/// CURLOPT_WRITEFUNCTION: hands body bytes to the transfer named by `userdata` (collected, or
/// passed on to the request's body sink).
func curlWriteCallback(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ userdata: UnsafeMutableRawPointer?
) -> Int {
    let length = size &* count
    guard let userdata else { return 0 }
    guard let data, length > 0 else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    // Returning fewer bytes than offered makes libcurl abort the transfer (CURLE_WRITE_ERROR).
    guard transfer.acceptBody(length) else { return 0 }
    transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: length))
    return length
}

/// CURLOPT_HEADERFUNCTION: hands one raw header line to the transfer named by `userdata`.
func curlHeaderCallback(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ userdata: UnsafeMutableRawPointer?
) -> Int {
    let length = size &* count
    guard let userdata else { return 0 }
    guard let data, length > 0 else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    guard transfer.acceptHeader(length) else { return 0 }
    let raw = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
    transfer.receiveHeaderLine(UnsafeBufferPointer(start: raw, count: length))
    return length
}
