using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The asymmetric half of <c>crypto</c>: RSA and EC keys, signatures and RSA encryption on
/// System.Security.Cryptography; Ed25519 and scrypt, which .NET lacks, on BouncyCastle. A key crosses into script as
/// its kind (<c>private</c> or <c>public</c>), its type (<c>rsa</c>, <c>ec</c>, <c>ed25519</c>) and its DER bytes
/// (PKCS #8 for private keys, SubjectPublicKeyInfo for public ones); every operation imports it from those bytes.
/// </summary>
internal static class NativeKeys
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcOid = "1.2.840.10045.2.1";
    private const string Ed25519Oid = "1.3.101.112";
    private const int Ed25519KeyLength = 32;

    // Node's names for the curves it reports in asymmetricKeyDetails, with their JWK names and OIDs.
    private static readonly (string Node, string Jwk, string Oid)[] Curves =
    [
        ("prime256v1", "P-256", "1.2.840.10045.3.1.7"),
        ("secp384r1", "P-384", "1.3.132.0.34"),
        ("secp521r1", "P-521", "1.3.132.0.35"),
        ("secp256k1", "secp256k1", "1.3.132.0.10"),
    ];

    public static void AddTo(JsObject crypto, SandboxEngine sandbox)
    {
        var engine = sandbox.Engine;
        Add(crypto, "keyImport", 5, a => Import(sandbox, a));
        Add(crypto, "keyExport", 7, a => Export(sandbox, a));
        Add(crypto, "keyDetails", 2, a => Details(SandboxEngine.Text(a, 0), sandbox.ByteArgument(a, 1)));
        Add(crypto, "keyGenerate", 4, a => Generate(sandbox, a));
        Add(crypto, "sign", 7, a => sandbox.Bytes(Sign(engine, sandbox, a)));
        Add(crypto, "verify", 8, a => Verify(engine, sandbox, a));
        Add(crypto, "rsaCrypt", 5, a => sandbox.Bytes(RsaCrypt(engine, sandbox, a)));
        Add(crypto, "scrypt", 6, a => sandbox.Bytes(SCrypt.Generate(
            sandbox.ByteArgument(a, 0), sandbox.ByteArgument(a, 1), Int(a[2]), Int(a[3]), Int(a[4]), Int(a[5]))));
    }

    /// <summary>
    /// Script leaves optional arguments out, so the body always sees <paramref name="arity"/> of them (undefined when
    /// missing); a failure of the key material itself becomes Node's OpenSSL-style error.
    /// </summary>
    private static void Add(JsObject target, string name, int arity, Func<JsValue[], JsValue> body) =>
        SandboxEngine.Add(target, name, (_, arguments) =>
        {
            var padded = arguments.Length >= arity ? arguments : [.. arguments, .. Enumerable.Repeat(JsValue.Undefined, arity - arguments.Length)];
            try
            {
                return body(padded);
            }
            catch (Exception exception) when (exception is CryptographicException or AsnContentException or FormatException
                or ArgumentException or JsonException or InvalidOperationException or PlatformNotSupportedException)
            {
                var code = exception is OpenSslStyleException { Code: var named } ? named : "ERR_OSSL_UNSUPPORTED";
                throw NodeErrors.Create(target.Engine, target.Engine.Intrinsics.Error, code, exception.Message);
            }
        });

    private static int Int(JsValue value) => (int)TypeConverter.ToNumber(value);

    // ---- import and export ------------------------------------------------------------------------------------------

    /// <summary>
    /// (kind, format, data, type, passphrase) → [kind, keyType, der]. A private key asked for as a public one gives its
    /// public half, as <c>createPublicKey</c> does.
    /// </summary>
    private static JsValue Import(SandboxEngine sandbox, JsValue[] a)
    {
        var wanted = SandboxEngine.Text(a, 0);
        var format = SandboxEngine.Text(a, 1);
        var type = a[3].IsString() ? a[3].AsString() : null;
        var passphrase = a[4].IsUndefined() || a[4].IsNull() ? null : sandbox.ByteArgument(a, 4);
        var (kind, der) = format switch
        {
            "pem" => FromPem(SandboxEngine.Text(a, 2), passphrase),
            "jwk" => FromJwk(JsonNode.Parse(SandboxEngine.Text(a, 2))!.AsObject()),
            _ => FromDer(sandbox.ByteArgument(a, 2), wanted, type),
        };
        var keyType = KeyTypeOf(kind, der);
        if (wanted == "public" && kind == "private")
        {
            (kind, der) = ("public", PublicOf(keyType, der));
        }
        else if (wanted == "private" && kind == "public")
        {
            throw new CryptographicException("error:1E08010C:DECODER routines::unsupported");
        }

        return new JsArray(sandbox.Engine, [kind, keyType, sandbox.Bytes(der)]);
    }

    private static (string Kind, byte[] Der) FromPem(string pem, byte[]? passphrase)
    {
        var fields = PemEncoding.Find(pem);
        var label = pem[fields.Label];
        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        return label switch
        {
            "PRIVATE KEY" => ("private", der),
            "ENCRYPTED PRIVATE KEY" => ("private", DecryptPkcs8(der, passphrase)),
            "RSA PRIVATE KEY" => ("private", WithRsa(rsa => rsa.ImportRSAPrivateKey(der, out _), rsa => rsa.ExportPkcs8PrivateKey())),
            "EC PRIVATE KEY" => ("private", WithEc(ec => ec.ImportECPrivateKey(der, out _), ec => ec.ExportPkcs8PrivateKey())),
            "PUBLIC KEY" => ("public", der),
            "RSA PUBLIC KEY" => ("public", WithRsa(rsa => rsa.ImportRSAPublicKey(der, out _), rsa => rsa.ExportSubjectPublicKeyInfo())),
            _ => throw new CryptographicException("error:1E08010C:DECODER routines::unsupported"),
        };
    }

    private static byte[] DecryptPkcs8(byte[] der, byte[]? passphrase)
    {
        if (passphrase is null)
        {
            throw new OpenSslStyleException("ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED", "error:07880109:common libcrypto routines::interrupted or cancelled");
        }

        // The PKCS #8 envelope does not say which algorithm it holds, and each .NET key type decrypts only its own.
        foreach (var attempt in new Func<byte[]>[]
        {
            () => WithRsa(rsa => rsa.ImportEncryptedPkcs8PrivateKey(passphrase, der, out _), rsa => rsa.ExportPkcs8PrivateKey()),
            () => WithEc(ec => ec.ImportEncryptedPkcs8PrivateKey(passphrase, der, out _), ec => ec.ExportPkcs8PrivateKey()),
        })
        {
            try
            {
                return attempt();
            }
            catch (CryptographicException)
            {
            }
        }

        throw new OpenSslStyleException("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
    }

    private static (string Kind, byte[] Der) FromDer(byte[] der, string wanted, string? type) => type switch
    {
        "pkcs8" => ("private", der),
        "pkcs1" when wanted == "private" => ("private", WithRsa(rsa => rsa.ImportRSAPrivateKey(der, out _), rsa => rsa.ExportPkcs8PrivateKey())),
        "pkcs1" => ("public", WithRsa(rsa => rsa.ImportRSAPublicKey(der, out _), rsa => rsa.ExportSubjectPublicKeyInfo())),
        "sec1" => ("private", WithEc(ec => ec.ImportECPrivateKey(der, out _), ec => ec.ExportPkcs8PrivateKey())),
        "spki" => ("public", der),
        _ => throw new ArgumentException("The property 'options.type' is invalid for a DER key."),
    };

    private static (string Kind, byte[] Der) FromJwk(JsonObject jwk)
    {
        var isPrivate = jwk["d"] is not null;
        switch ((string?)jwk["kty"])
        {
            case "RSA":
                var rsaParameters = new RSAParameters
                {
                    Modulus = Base64Url(jwk, "n"),
                    Exponent = Base64Url(jwk, "e"),
                };
                if (isPrivate)
                {
                    rsaParameters.D = Base64Url(jwk, "d");
                    rsaParameters.P = Base64Url(jwk, "p");
                    rsaParameters.Q = Base64Url(jwk, "q");
                    rsaParameters.DP = Base64Url(jwk, "dp");
                    rsaParameters.DQ = Base64Url(jwk, "dq");
                    rsaParameters.InverseQ = Base64Url(jwk, "qi");
                }

                return isPrivate
                    ? ("private", WithRsa(rsa => rsa.ImportParameters(rsaParameters), rsa => rsa.ExportPkcs8PrivateKey()))
                    : ("public", WithRsa(rsa => rsa.ImportParameters(rsaParameters), rsa => rsa.ExportSubjectPublicKeyInfo()));
            case "EC":
                var curve = Curves.FirstOrDefault(c => c.Jwk == (string?)jwk["crv"]);
                if (curve.Oid is null)
                {
                    throw new ArgumentException("Unsupported JWK EC curve.");
                }

                var ecParameters = new ECParameters
                {
                    Curve = ECCurve.CreateFromValue(curve.Oid),
                    Q = new ECPoint { X = Base64Url(jwk, "x"), Y = Base64Url(jwk, "y") },
                    D = isPrivate ? Base64Url(jwk, "d") : null,
                };
                return isPrivate
                    ? ("private", WithEc(ec => ec.ImportParameters(ecParameters), ec => ec.ExportPkcs8PrivateKey()))
                    : ("public", WithEc(ec => ec.ImportParameters(ecParameters), ec => ec.ExportSubjectPublicKeyInfo()));
            case "OKP" when (string?)jwk["crv"] == "Ed25519":
                return isPrivate
                    ? ("private", Ed25519Pkcs8(Base64Url(jwk, "d")))
                    : ("public", Ed25519Spki(Base64Url(jwk, "x")));
            default:
                throw new ArgumentException("Unsupported JWK key type.");
        }
    }

    private static byte[] Base64Url(JsonObject jwk, string member) =>
        Base64UrlDecode((string?)jwk[member] ?? throw new ArgumentException($"The JWK member \"{member}\" is missing."));

    private static byte[] Base64UrlDecode(string text) =>
        Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>(kind, keyType, der, format, type, cipher, passphrase) → PEM text, DER bytes or JWK JSON text.</summary>
    private static JsValue Export(SandboxEngine sandbox, JsValue[] a)
    {
        var kind = SandboxEngine.Text(a, 0);
        var keyType = SandboxEngine.Text(a, 1);
        var der = sandbox.ByteArgument(a, 2);
        var format = SandboxEngine.Text(a, 3);
        var type = a[4].IsString() ? a[4].AsString() : null;
        if (format == "jwk")
        {
            return ToJwk(kind, keyType, der).ToJsonString();
        }

        var (label, bytes) = (kind, type) switch
        {
            ("public", "spki") => ("PUBLIC KEY", der),
            ("public", "pkcs1") when keyType == "rsa" => ("RSA PUBLIC KEY", WithRsa(rsa => rsa.ImportSubjectPublicKeyInfo(der, out _), rsa => rsa.ExportRSAPublicKey())),
            ("private", "pkcs8") when a[5].IsString() => ("ENCRYPTED PRIVATE KEY", EncryptPkcs8(keyType, der, a[5].AsString(), sandbox.ByteArgument(a, 6))),
            ("private", "pkcs8") => ("PRIVATE KEY", der),
            ("private", "pkcs1") when keyType == "rsa" => ("RSA PRIVATE KEY", WithRsa(rsa => rsa.ImportPkcs8PrivateKey(der, out _), rsa => rsa.ExportRSAPrivateKey())),
            ("private", "sec1") when keyType == "ec" => ("EC PRIVATE KEY", WithEc(ec => ec.ImportPkcs8PrivateKey(der, out _), ec => ec.ExportECPrivateKey())),
            _ => throw new ArgumentException($"The property 'options.type' is invalid. Received '{type}'"),
        };
        return format == "pem" ? PemEncoding.WriteString(label, bytes) + "\n" : sandbox.Bytes(bytes);
    }

    private static byte[] EncryptPkcs8(string keyType, byte[] der, string cipher, byte[] passphrase)
    {
        var algorithm = cipher.ToLowerInvariant() switch
        {
            "aes-128-cbc" => PbeEncryptionAlgorithm.Aes128Cbc,
            "aes-192-cbc" => PbeEncryptionAlgorithm.Aes192Cbc,
            "aes-256-cbc" => PbeEncryptionAlgorithm.Aes256Cbc,
            _ => throw new ArgumentException($"Unknown cipher: {cipher}"),
        };
        var parameters = new PbeParameters(algorithm, HashAlgorithmName.SHA256, 2048);
        return keyType switch
        {
            "rsa" => WithRsa(rsa => rsa.ImportPkcs8PrivateKey(der, out _), rsa => rsa.ExportEncryptedPkcs8PrivateKey(passphrase, parameters)),
            "ec" => WithEc(ec => ec.ImportPkcs8PrivateKey(der, out _), ec => ec.ExportEncryptedPkcs8PrivateKey(passphrase, parameters)),
            _ => throw new ArgumentException("Encrypted export is supported for RSA and EC keys."),
        };
    }

    private static JsonObject ToJwk(string kind, string keyType, byte[] der)
    {
        var isPrivate = kind == "private";
        switch (keyType)
        {
            case "rsa":
                var rsa = WithRsa(r => Load(r, kind, der), r => r.ExportParameters(isPrivate));
                var rsaJwk = new JsonObject { ["kty"] = "RSA", ["n"] = Base64UrlEncode(rsa.Modulus!), ["e"] = Base64UrlEncode(rsa.Exponent!) };
                if (isPrivate)
                {
                    rsaJwk["d"] = Base64UrlEncode(rsa.D!);
                    rsaJwk["p"] = Base64UrlEncode(rsa.P!);
                    rsaJwk["q"] = Base64UrlEncode(rsa.Q!);
                    rsaJwk["dp"] = Base64UrlEncode(rsa.DP!);
                    rsaJwk["dq"] = Base64UrlEncode(rsa.DQ!);
                    rsaJwk["qi"] = Base64UrlEncode(rsa.InverseQ!);
                }

                return rsaJwk;
            case "ec":
                var ec = WithEc(e => Load(e, kind, der), e => e.ExportParameters(isPrivate));
                var ecJwk = new JsonObject
                {
                    ["kty"] = "EC",
                    ["x"] = Base64UrlEncode(ec.Q.X!),
                    ["y"] = Base64UrlEncode(ec.Q.Y!),
                    ["crv"] = CurveOf(ec.Curve).Jwk,
                };
                if (isPrivate)
                {
                    ecJwk["d"] = Base64UrlEncode(ec.D!);
                }

                return ecJwk;
            default:
                // Node's member order: crv, d, x, kty.
                var okp = new JsonObject { ["crv"] = "Ed25519" };
                if (isPrivate)
                {
                    okp["d"] = Base64UrlEncode(Ed25519Seed(der));
                }

                okp["x"] = Base64UrlEncode(isPrivate ? Ed25519Public(Ed25519Seed(der)) : Ed25519PublicOf(der));
                okp["kty"] = "OKP";
                return okp;
        }
    }

    /// <summary>Node's asymmetricKeyDetails as JSON text; the public exponent travels as a string for a BigInt.</summary>
    private static JsValue Details(string kind, byte[] der)
    {
        var details = new JsonObject();
        switch (KeyTypeOf(kind, der))
        {
            case "rsa":
                var rsa = WithRsa(r => Load(r, kind, der), r => r.ExportParameters(false));
                details["modulusLength"] = rsa.Modulus!.Length * 8;
                details["publicExponent"] = new System.Numerics.BigInteger(rsa.Exponent, isUnsigned: true, isBigEndian: true).ToString();
                break;
            case "ec":
                details["namedCurve"] = CurveOf(WithEc(e => Load(e, kind, der), e => e.ExportParameters(false)).Curve).Node;
                break;
        }

        return details.ToJsonString();
    }

    // ---- generation -------------------------------------------------------------------------------------------------

    /// <summary>(keyType, modulusLength, publicExponent, namedCurve) → [private PKCS #8, public SPKI].</summary>
    private static JsValue Generate(SandboxEngine sandbox, JsValue[] a)
    {
        byte[] privateDer;
        switch (SandboxEngine.Text(a, 0))
        {
            case "rsa":
                if (!a[2].IsUndefined() && TypeConverter.ToNumber(a[2]) != 65537)
                {
                    throw new ArgumentException("Invoke generates RSA keys with the public exponent 65537 only.");
                }

                privateDer = WithRsa(rsa => rsa.KeySize = Int(a[1]), rsa => rsa.ExportPkcs8PrivateKey());
                break;
            case "ec":
                var name = SandboxEngine.Text(a, 3);
                var curve = Curves.FirstOrDefault(c => c.Node == name || c.Jwk == name || (name == "secp256r1" && c.Node == "prime256v1"));
                if (curve.Oid is null)
                {
                    throw new ArgumentException("Invalid EC curve name");
                }

                using (var ec = ECDsa.Create(ECCurve.CreateFromValue(curve.Oid)))
                {
                    privateDer = ec.ExportPkcs8PrivateKey();
                }

                break;
            case "ed25519":
                privateDer = Ed25519Pkcs8(RandomNumberGenerator.GetBytes(Ed25519KeyLength));
                break;
            default:
                throw new ArgumentException("The argument 'type' must be a supported key type.");
        }

        var keyType = KeyTypeOf("private", privateDer);
        return new JsArray(sandbox.Engine, [sandbox.Bytes(privateDer), sandbox.Bytes(PublicOf(keyType, privateDer))]);
    }

    // ---- signatures and RSA encryption ------------------------------------------------------------------------------

    /// <summary>(digest, data, keyType, private der, padding, saltLength, dsaEncoding) → signature.</summary>
    private static byte[] Sign(Engine engine, SandboxEngine sandbox, JsValue[] a)
    {
        var data = sandbox.ByteArgument(a, 1);
        var keyType = SandboxEngine.Text(a, 2);
        var der = sandbox.ByteArgument(a, 3);
        switch (keyType)
        {
            case "rsa":
                var digest = RequiredDigest(engine, a[0]);
                return WithRsa(rsa => rsa.ImportPkcs8PrivateKey(der, out _), rsa => rsa.SignData(data, digest, SignaturePadding(a[4], a[5])));
            case "ec":
                var ecDigest = RequiredDigest(engine, a[0]);
                return WithEc(ec => ec.ImportPkcs8PrivateKey(der, out _), ec => ec.SignData(data, ecDigest, SignatureFormat(a[6])));
            default:
                var signer = new Ed25519Signer();
                signer.Init(true, new Ed25519PrivateKeyParameters(Ed25519Seed(der)));
                signer.BlockUpdate(data, 0, data.Length);
                return signer.GenerateSignature();
        }
    }

    /// <summary>(digest, data, keyType, public der, signature, padding, saltLength, dsaEncoding) → whether it holds.</summary>
    private static JsValue Verify(Engine engine, SandboxEngine sandbox, JsValue[] a)
    {
        var data = sandbox.ByteArgument(a, 1);
        var keyType = SandboxEngine.Text(a, 2);
        var der = sandbox.ByteArgument(a, 3);
        var signature = sandbox.ByteArgument(a, 4);
        switch (keyType)
        {
            case "rsa":
                var digest = RequiredDigest(engine, a[0]);
                return WithRsa(rsa => rsa.ImportSubjectPublicKeyInfo(der, out _), rsa => rsa.VerifyData(data, signature, digest, SignaturePadding(a[5], a[6])));
            case "ec":
                var ecDigest = RequiredDigest(engine, a[0]);
                return WithEc(ec => ec.ImportSubjectPublicKeyInfo(der, out _), ec => ec.VerifyData(data, signature, ecDigest, SignatureFormat(a[7])));
            default:
                var verifier = new Ed25519Signer();
                verifier.Init(false, new Ed25519PublicKeyParameters(Ed25519PublicOf(der)));
                verifier.BlockUpdate(data, 0, data.Length);
                return verifier.VerifySignature(signature);
        }
    }

    private static HashAlgorithmName RequiredDigest(Engine engine, JsValue name)
    {
        var text = name.IsString() ? name.AsString().ToLowerInvariant() : "";
        return NativeCrypto.Digest(text.StartsWith("rsa-", StringComparison.Ordinal) ? text[4..] : text)
            ?? throw NodeErrors.Create(engine, engine.Intrinsics.TypeError, "ERR_CRYPTO_INVALID_DIGEST", $"Invalid digest: {name}");
    }

    // Node's constants: RSA_PKCS1_PSS_PADDING is 6; PSS salts other than the digest's length have no .NET equivalent.
    private static RSASignaturePadding SignaturePadding(JsValue padding, JsValue saltLength)
    {
        if (padding.IsUndefined() || TypeConverter.ToNumber(padding) != 6)
        {
            return RSASignaturePadding.Pkcs1;
        }

        return saltLength.IsUndefined() || TypeConverter.ToNumber(saltLength) is -1 or -2
            ? RSASignaturePadding.Pss
            : throw new ArgumentException("Invoke signs and verifies RSA-PSS with a salt as long as the digest only.");
    }

    private static DSASignatureFormat SignatureFormat(JsValue encoding) =>
        encoding.IsString() && encoding.AsString() == "ieee-p1363"
            ? DSASignatureFormat.IeeeP1363FixedFieldConcatenation
            : DSASignatureFormat.Rfc3279DerSequence;

    /// <summary>(operation, der, data, padding, oaepHash) for publicEncrypt and privateDecrypt.</summary>
    private static byte[] RsaCrypt(Engine engine, SandboxEngine sandbox, JsValue[] a)
    {
        var operation = SandboxEngine.Text(a, 0);
        var der = sandbox.ByteArgument(a, 1);
        var data = sandbox.ByteArgument(a, 2);
        // RSA_PKCS1_PADDING is 1, RSA_PKCS1_OAEP_PADDING (Node's default) is 4.
        var padding = a[3].IsUndefined() || TypeConverter.ToNumber(a[3]) == 4
            ? RSAEncryptionPadding.CreateOaep(a[4].IsString() ? RequiredDigest(engine, a[4]) : HashAlgorithmName.SHA1)
            : TypeConverter.ToNumber(a[3]) == 1
                ? RSAEncryptionPadding.Pkcs1
                : throw new ArgumentException("Invoke supports RSA_PKCS1_OAEP_PADDING and RSA_PKCS1_PADDING only.");
        return operation == "publicEncrypt"
            ? WithRsa(rsa => rsa.ImportSubjectPublicKeyInfo(der, out _), rsa => rsa.Encrypt(data, padding))
            : WithRsa(rsa => rsa.ImportPkcs8PrivateKey(der, out _), rsa => rsa.Decrypt(data, padding));
    }

    // ---- key plumbing -----------------------------------------------------------------------------------------------

    private static T WithRsa<T>(Action<RSA> load, Func<RSA, T> use)
    {
        using var rsa = RSA.Create();
        load(rsa);
        return use(rsa);
    }

    private static T WithEc<T>(Action<ECDsa> load, Func<ECDsa, T> use)
    {
        using var ec = ECDsa.Create();
        load(ec);
        return use(ec);
    }

    private static void Load(AsymmetricAlgorithm key, string kind, byte[] der)
    {
        if (kind == "private")
        {
            key.ImportPkcs8PrivateKey(der, out _);
        }
        else
        {
            key.ImportSubjectPublicKeyInfo(der, out _);
        }
    }

    private static (string Node, string Jwk, string Oid) CurveOf(ECCurve curve)
    {
        var match = Curves.FirstOrDefault(c => c.Oid == curve.Oid.Value || c.Jwk == curve.Oid.FriendlyName
            || (c.Node == "prime256v1" && curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256"));
        return match.Oid is null ? throw new ArgumentException("Unsupported EC curve.") : match;
    }

    /// <summary>The algorithm OID inside a PKCS #8 or SubjectPublicKeyInfo structure, as Node's type name.</summary>
    private static string KeyTypeOf(string kind, byte[] der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        if (kind == "private")
        {
            outer.ReadInteger();
        }

        return outer.ReadSequence().ReadObjectIdentifier() switch
        {
            RsaOid => "rsa",
            EcOid => "ec",
            Ed25519Oid => "ed25519",
            _ => throw new CryptographicException("error:1E08010C:DECODER routines::unsupported"),
        };
    }

    private static byte[] PublicOf(string keyType, byte[] privateDer) => keyType switch
    {
        "rsa" => WithRsa(rsa => rsa.ImportPkcs8PrivateKey(privateDer, out _), rsa => rsa.ExportSubjectPublicKeyInfo()),
        "ec" => WithEc(ec => ec.ImportPkcs8PrivateKey(privateDer, out _), ec => ec.ExportSubjectPublicKeyInfo()),
        _ => Ed25519Spki(Ed25519Public(Ed25519Seed(privateDer))),
    };

    private static byte[] Ed25519Public(byte[] seed) => new Ed25519PrivateKeyParameters(seed).GeneratePublicKey().GetEncoded();

    /// <summary>RFC 8410: the private key is an OCTET STRING of the 32-byte seed, inside the PKCS #8 OCTET STRING.</summary>
    private static byte[] Ed25519Seed(byte[] pkcs8)
    {
        var outer = new AsnReader(pkcs8, AsnEncodingRules.DER).ReadSequence();
        outer.ReadInteger();
        outer.ReadSequence();
        var seed = new AsnReader(outer.ReadOctetString(), AsnEncodingRules.DER).ReadOctetString();
        return seed.Length == Ed25519KeyLength ? seed : throw new CryptographicException("Invalid Ed25519 private key.");
    }

    private static byte[] Ed25519PublicOf(byte[] spki)
    {
        var outer = new AsnReader(spki, AsnEncodingRules.DER).ReadSequence();
        outer.ReadSequence();
        var key = outer.ReadBitString(out _);
        return key.Length == Ed25519KeyLength ? key : throw new CryptographicException("Invalid Ed25519 public key.");
    }

    private static byte[] Ed25519Pkcs8(byte[] seed)
    {
        var inner = new AsnWriter(AsnEncodingRules.DER);
        inner.WriteOctetString(seed);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(0);
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(Ed25519Oid);
            }

            writer.WriteOctetString(inner.Encode());
        }

        return writer.Encode();
    }

    private static byte[] Ed25519Spki(byte[] publicKey)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(Ed25519Oid);
            }

            writer.WriteBitString(publicKey);
        }

        return writer.Encode();
    }

    /// <summary>A refusal that Node reports with an OpenSSL error code of its own rather than the generic one.</summary>
    private sealed class OpenSslStyleException(string code, string message) : CryptographicException(message)
    {
        public string Code { get; } = code;
    }
}
