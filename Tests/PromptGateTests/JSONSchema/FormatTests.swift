import PromptGate
import Testing

/// With `formatAssertion: true` each asserted format accepts its good examples and rejects its bad
/// ones (examples largely from the official suite's optional/format tests). Non-strings always pass.
@Suite("format assertion")
struct FormatTests {
    /// Whether `value` passes `{"format": format}` with assertion on.
    static func accepts(_ format: String, _ value: String) throws -> Bool {
        try JSONSchema(["format": .string(format)], formatAssertion: true).isValid(.string(value))
    }

    @Test(
        "date",
        arguments: [
            ("1963-06-19", true), ("2020-02-29", true), ("2000-02-29", true), ("1999-12-31", true),
            ("0001-01-01", true),
            ("2021-02-29", false), ("1900-02-29", false), ("2020-13-01", false), ("2020-00-10", false),
            ("2020-04-31", false), ("06/19/1963", false), ("2013-350", false), ("1998-1-20", false),
            ("1963-06-1\u{9EA}", false), ("2020-01-01T00:00:00Z", false), ("", false), ("2020-01-01\n", false),
        ] as [(String, Bool)])
    func date(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("date", value) == valid)
    }

    @Test(
        "time",
        arguments: [
            ("08:30:06Z", true), ("23:59:60Z", true), ("23:59:60+00:00", true), ("01:29:60+01:30", true),
            ("15:59:60-08:00", true), ("23:20:50.52Z", true), ("08:30:06+00:20", true), ("08:30:06z", true),
            ("12:34:56-00:00", true), ("008:030:006Z", false), ("8:3:6Z", false), ("22:59:60Z", false),
            ("23:59:60+01:00", false), ("24:00:00Z", false), ("00:60:00Z", false), ("01:02:03+24:00", false),
            ("01:02:03Z+00:30", false), ("08:30:06 PST", false), ("12:00:00", false), ("08:30:06+0130", false),
            ("08:30:06Z\n", false), ("1\u{9E8}:00:00Z", false), ("01:01:01,1111", false),
        ] as [(String, Bool)])
    func time(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("time", value) == valid)
    }

    @Test(
        "date-time",
        arguments: [
            ("1963-06-19T08:30:06.283185Z", true), ("1963-06-19T08:30:06Z", true),
            ("1937-01-01T12:00:27.87+00:20", true),
            ("1990-12-31T15:59:50.123-08:00", true), ("1998-12-31T23:59:60Z", true),
            ("1998-12-31T15:59:60.123-08:00", true), ("1963-06-19t08:30:06.283185z", true),
            ("1985-04-12T00:59:59.999999999999999Z", true), ("1998-12-31T23:59:61Z", false),
            ("1998-12-31T23:58:60Z", false), ("1990-02-31T15:59:59.123-08:00", false),
            ("1990-12-31T15:59:59-24:00", false), ("1963-06-19T08:30:06.28123+01:00Z", false),
            ("06/19/1963 08:30:06 PST", false), ("2013-350T01:01:01", false), ("1963-06-1\u{9EA}T00:00:00Z", false),
            ("+11963-06-19T08:30:06.283185Z", false), ("1963-06-19 08:30:06Z", false), ("1963-06-19T08:30:06", false),
        ] as [(String, Bool)])
    func dateTime(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("date-time", value) == valid)
    }

    @Test(
        "duration",
        arguments: [
            ("P4DT12H30M5S", true), ("P4Y", true), ("PT0S", true), ("P0D", true), ("P1M", true), ("PT1M", true),
            ("PT36H", true), ("P1DT12H", true), ("P2W", true), ("P1Y2M3DT4H5M6S", true), ("P1M2D", true),
            ("PT1M2S", true), ("P01D", true), ("PT1D", false), ("4DT12H30M5S", false), ("P", false), ("P1YT", false),
            ("PT", false), ("P2D1Y", false), ("P1D2H", false), ("P2S", false), ("P1Y2W", false), ("P\u{9E8}Y", false),
            ("P1", false), ("PT0.5S", false), (" P1D", false), ("", false), ("P1Y2D", false), ("PT1H2S", false),
            ("-P1D", false), ("P1WT1H", false),
        ] as [(String, Bool)])
    func duration(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("duration", value) == valid)
    }

    @Test(
        "email",
        arguments: [
            ("joe.bloggs@example.com", true), ("te~st@example.com", true), ("\"joe bloggs\"@example.com", true),
            ("\"joe@bloggs\"@example.com", true), ("joe.bloggs@[127.0.0.1]", true), ("joe.bloggs@[IPv6:::1]", true),
            ("te.s.t@example.com", true), ("test@255.255.255.255", true), ("\"\"@iana.org", true),
            ("test@c--n.com", true), ("test@io", true), ("a@[ipv6:::1]", true), ("\"\\a\"@iana.org", true),
            ("2962", false), (".test@example.com", false), ("test.@example.com", false), ("te..st@example.com", false),
            ("joe.bloggs@invalid=domain.com", false), ("joe.bloggs@[127.0.0.300]", false),
            ("user1@oceania.org, user2@oceania.org", false), ("@example.com", false), ("joe.bloggs@", false),
            ("joe bloggs@example.com", false), ("a\u{E9}@iana.org", false), ("a@\u{E9}.org", false),
            ("test@iana.org\n", false), (" a@iana.org", false), ("a@b@c.org", false), ("test@-iana.org", false),
            ("test@iana.org.", false), ("a@[]", false), ("test@[RFC-5322-domain-literal]", false),
            ("test(comment)@iana.org", false), ("", false),
        ] as [(String, Bool)])
    func email(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("email", value) == valid)
    }

    @Test(
        "hostname",
        arguments: [
            ("www.example.com", true), ("xn--4gbwdl.xn--wgbh1c", true), ("hostname", true), ("1host", true),
            ("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk.com", true),
            ("-a-host-name-that-starts-with--", false), ("not_a_valid_host_name", false), ("-hostname", false),
            ("hostname-", false), ("_hostname", false), ("host_name", false),
            ("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl.com", false), ("", false),
            ("a..b", false),
            ("h\u{F6}st", false),
        ] as [(String, Bool)])
    func hostname(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("hostname", value) == valid)
    }

    @Test(
        "ipv4",
        arguments: [
            ("192.168.0.1", true), ("0.0.0.0", true), ("255.255.255.255", true), ("87.10.0.1", true),
            ("127.0.0.0.1", false), ("256.256.256.256", false), ("127.0", false), ("0x7f000001", false),
            ("2130706433", false), ("087.10.0.1", false), ("1\u{9E8}7.0.0.1", false), ("192.168.1.0/24", false),
            (" 1.2.3.4", false), ("1.2.3.4\n", false), ("", false),
        ] as [(String, Bool)])
    func ipv4(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("ipv4", value) == valid)
    }

    @Test(
        "ipv6",
        arguments: [
            ("::1", true), ("::abef", true), ("::", true), ("::42:ff:1", true), ("d6::", true), ("1:d6::42", true),
            ("1::d6:192.168.0.1", true), ("1:2::192.168.0.1", true), ("::ffff:192.168.0.1", true),
            ("1:2:3:4:5:6:7:8", true), ("1000:1000:1000:1000:1000:1000:255.255.255.255", true), ("12345::", false),
            ("::abcef", false), ("1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1", false), ("::laptop", false),
            (":2:3:4:5:6:7:8", false), ("1:2:3:4:5:6:7:", false), (":2:3:4::8", false), ("1::d6::42", false),
            ("1::2:192.168.256.1", false), ("1::2:192.168.ff.1", false), ("1:2:3:4:5:::8", false),
            ("1:2:3:4:5:6:7", false), ("1", false), ("127.0.0.1", false), ("1:2:3:4:1.2.3", false), ("  ::1", false),
            ("fe80::/64", false), ("fe80::a%eth1", false), ("100:100:100:100:100:100:255.255.255.255.255", false),
            ("1:2:3:4:5:6:7:\u{9EA}", false),
        ] as [(String, Bool)])
    func ipv6(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("ipv6", value) == valid)
    }

    @Test(
        "uri",
        arguments: [
            ("http://foo.bar/?baz=qux#quux", true), ("http://foo.com/blah_(wikipedia)_blah#cite-1", true),
            ("http://foo.bar/?q=Test%20URL-encoded%20stuff", true), ("http://xn--nw2a.xn--j6w193g/", true),
            ("http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", true), ("http://223.255.255.254", true),
            ("ftp://ftp.is.co.za/rfc/rfc1808.txt", true), ("ldap://[2001:db8::7]/c=GB?objectClass?one", true),
            ("mailto:John.Doe@example.com", true), ("news:comp.infosystems.www.servers.unix", true),
            ("tel:+1-816-555-1212", true), ("urn:oasis:names:specification:docbook:dtd:xml:4.1.2", true),
            ("http://a.com:", true), ("http://:80", true), ("http://user@", true), ("http://087.10.0.1/", true),
            ("//foo.bar/?baz=qux#quux", false), ("/abc", false), ("\\\\WINDOWS\\fileshare", false), ("abc", false),
            ("http:// shouldfail.com", false), (":// should fail", false), ("bar,baz:foo", false),
            ("https://[@example.org/test.txt", false), ("https://example.org/foobar\u{AE}.txt", false),
            ("https://example.org/foobar\".txt", false), ("https://example.org/foobar<>.txt", false),
            ("https://example.org/foobar{}.txt", false), ("https://example.org/foobar|.txt", false),
            ("http://example.com/%6G", false), ("http://example.com/%", false), ("1http://example.com", false),
            ("http://example.com:abc/path", false), ("http://a.com:8:0", false),
        ] as [(String, Bool)])
    func uri(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("uri", value) == valid)
    }

    @Test(
        "uri-reference",
        arguments: [
            ("http://foo.bar/?baz=qux#quux", true), ("//foo.bar/?baz=qux#quux", true), ("/abc", true), ("abc", true),
            ("#fragment", true), ("", true), ("../a/b?c", true), ("?q=1", true), ("\\\\WINDOWS\\fileshare", false),
            ("#frag\\ment", false), ("http://ex ample.com", false), (":abc", false), ("a%2", false),
        ] as [(String, Bool)])
    func uriReference(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("uri-reference", value) == valid)
    }

    @Test(
        "iri",
        arguments: [
            (
                "http://\u{192}\u{F8}\u{F8}.\u{DF}\u{E5}r/?\u{2202}\u{E9}\u{153}=\u{3C0}\u{EE}x#\u{3C0}\u{EE}\u{FC}x",
                true
            ),
            ("http://[2001:0db8:85a3:0000:0000:8a2e:0370:7334]", true), ("http://\u{E9}x.com", true), ("/abc", false),
            ("http://2001:0db8:85a3:0000:0000:8a2e:0370:7334", false),
            ("\\\\WINDOWS\\fil\u{EB}\u{DF}\u{E5}r\u{E9}", false), ("http://a b", false),
        ] as [(String, Bool)])
    func iri(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("iri", value) == valid)
    }

    @Test(
        "iri-reference",
        arguments: [
            (
                "http://\u{192}\u{F8}\u{F8}.\u{DF}\u{E5}r/?\u{2202}\u{E9}\u{153}=\u{3C0}\u{EE}x#\u{3C0}\u{EE}\u{FC}x",
                true
            ),
            ("//\u{192}\u{F8}\u{F8}.\u{DF}\u{E5}r/?\u{2202}\u{E9}\u{153}=\u{3C0}\u{EE}x#\u{3C0}\u{EE}\u{FC}x", true),
            ("/\u{E2}\u{3C0}\u{3C0}", true), ("\u{E2}\u{3C0}\u{3C0}", true), ("#\u{192}r\u{E4}gm\u{EA}nt", true),
            ("\\\\WINDOWS\\fil\u{EB}\u{DF}\u{E5}r\u{E9}", false), ("#\u{192}r\u{E4}g\\m\u{EA}nt", false),
        ] as [(String, Bool)])
    func iriReference(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("iri-reference", value) == valid)
    }

    @Test(
        "uri-template",
        arguments: [
            ("http://example.com/dictionary/{term:1}/{term}", true), ("http://example.com/dictionary", true),
            ("dictionary/{term:1}/{term}", true), ("{+path}/here", true), ("{?x,y*}", true),
            ("http://example.com/dictionary/{term:1}/{term", false), ("{}", false), ("{term:0}", false), ("a b", false),
        ] as [(String, Bool)])
    func uriTemplate(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("uri-template", value) == valid)
    }

    @Test(
        "uuid",
        arguments: [
            ("2EB8AA08-AA98-11EA-B4AA-73B441D16380", true), ("2eb8aa08-aa98-11ea-b4aa-73b441d16380", true),
            ("00000000-0000-0000-0000-000000000000", true), ("98d80576-482e-427f-8434-7f86890ab222", true),
            ("99c17cbb-656f-564a-940f-1a4568f03487", true), ("2eb8aa08-aa98-11ea-b4aa-73b441d1638", false),
            ("2eb8aa08-aa98-11ea-73b441d16380", false), ("2eb8-aa08-aa98-11ea-b4aa73b44-1d16380", false),
            ("2eb8aa08aa9811eab4aa73b441d16380", false), ("{2eb8aa08-aa98-11ea-b4aa-73b441d16380}", false),
            ("2eb8aa08-aa98-11ea-b4ga-73b441d16380", false), ("2eb8aa08-aa98-11ea-b4aa-73b441d16380 ", false),
        ] as [(String, Bool)])
    func uuid(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("uuid", value) == valid)
    }

    @Test(
        "json-pointer",
        arguments: [
            ("", true), ("/foo/bar~0/baz~1/%a", true), ("/foo//bar", true), ("/foo/bar/", true), ("/~0~1", true),
            ("/ ", true), ("/0", true), ("#", false), ("/foo/bar~", false), ("/~2", false), ("a/b", false),
            ("~0", false),
            ("#/foo", false),
        ] as [(String, Bool)])
    func jsonPointer(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("json-pointer", value) == valid)
    }

    @Test(
        "relative-json-pointer",
        arguments: [
            ("1", true), ("0/foo/bar", true), ("2/0/baz/1/zip", true), ("0#", true), ("120/foo/bar", true),
            ("1+1/foo", true), ("/foo/bar", false), ("-1/foo/bar", false), ("+1/foo/bar", false), ("0##", false),
            ("01/a", false), ("01#", false), ("", false),
        ] as [(String, Bool)])
    func relativeJSONPointer(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("relative-json-pointer", value) == valid)
    }

    @Test(
        "regex",
        arguments: [
            ("([abc])+\\s+$", true), ("^\\p{L}+$", true), ("^[a-z]{2}$", true), ("(?<year>\\d{4})", true),
            ("^(abc]", false), ("(", false), ("[z-a]", false), ("a**", false),
        ] as [(String, Bool)])
    func regex(_ value: String, _ valid: Bool) throws {
        #expect(try Self.accepts("regex", value) == valid)
    }

    @Test("format is an annotation unless assertion is on")
    func annotationByDefault() throws {
        let schema = try JSONSchema(["format": "email"])
        #expect(schema.isValid("not an email"))
        #expect(schema.formatAssertion == false)
    }

    @Test(
        "asserted formats ignore non-strings and unknown formats",
        arguments: [12, 13.7, [:], [], false, nil] as [JSONValue])
    func nonStrings(_ value: JSONValue) throws {
        for format in ["date", "email", "ipv4", "uri", "uuid", "made-up"] {
            #expect(try JSONSchema(["format": .string(format)], formatAssertion: true).isValid(value))
        }
        #expect(try JSONSchema(["format": "made-up"], formatAssertion: true).isValid("anything"))
    }

    @Test("format violation message")
    func message() throws {
        let schema = try JSONSchema(["properties": ["when": ["format": "date"]]], formatAssertion: true)
        #expect(
            schema.validate(["when": "2024-02-30"]).map(\.description)
                == ["/when: \"2024-02-30\" is not a valid date (YYYY-MM-DD)"])
    }
}
