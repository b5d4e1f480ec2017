using System.Buffers.Binary;
using System.Security.Cryptography;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The native half of <c>crypto</c>: every digest, MAC, KDF, cipher and random value comes from
/// System.Security.Cryptography; <c>Builtins/crypto.js</c> gives it Node's classes and argument handling.
/// </summary>
internal static class NativeCrypto
{
    private const int AesBlock = 16;

    public static JsObject Create(SandboxEngine sandbox)
    {
        var engine = sandbox.Engine;
        var crypto = new JsObject(engine);
        SandboxEngine.Add(crypto, "randomBytes", (_, a) => sandbox.Bytes(RandomNumberGenerator.GetBytes((int)TypeConverter.ToNumber(a[0]))));
        SandboxEngine.Add(crypto, "randomInt", (_, a) => RandomInteger((long)TypeConverter.ToNumber(a[0]), (long)TypeConverter.ToNumber(a[1])));
        SandboxEngine.Add(crypto, "randomUUID", (_, _) => Guid.NewGuid().ToString());
        SandboxEngine.Add(crypto, "hashes", (_, _) => new JsArray(engine, Digests().Select(d => (JsValue)d).ToArray()));
        SandboxEngine.Add(crypto, "hash", (_, a) => sandbox.Bytes(Hash(Digest(SandboxEngine.Text(a, 0)) ?? throw new JavaScriptException(engine.Intrinsics.Error, "Digest method not supported"), sandbox.ByteArgument(a, 1))));
        SandboxEngine.Add(crypto, "hmac", (_, a) => sandbox.Bytes(Hmac(RequiredDigest(engine, SandboxEngine.Text(a, 0)), sandbox.ByteArgument(a, 1), sandbox.ByteArgument(a, 2))));
        SandboxEngine.Add(crypto, "pbkdf2", (_, a) => sandbox.Bytes(Rfc2898DeriveBytes.Pbkdf2(
            sandbox.ByteArgument(a, 0), sandbox.ByteArgument(a, 1), (int)TypeConverter.ToNumber(a[2]), RequiredDigest(engine, SandboxEngine.Text(a, 4)), (int)TypeConverter.ToNumber(a[3]))));
        SandboxEngine.Add(crypto, "hkdf", (_, a) => sandbox.Bytes(HKDF.DeriveKey(
            RequiredDigest(engine, SandboxEngine.Text(a, 0)), sandbox.ByteArgument(a, 1), (int)TypeConverter.ToNumber(a[4]), sandbox.ByteArgument(a, 2), sandbox.ByteArgument(a, 3))));
        SandboxEngine.Add(crypto, "timingSafeEqual", (_, a) => CryptographicOperations.FixedTimeEquals(sandbox.ByteArgument(a, 0), sandbox.ByteArgument(a, 1)));
        SandboxEngine.Add(crypto, "blockCipher", (_, a) => sandbox.Bytes(BlockCipher(
            engine, SandboxEngine.Text(a, 0), sandbox.ByteArgument(a, 1), sandbox.ByteArgument(a, 2), sandbox.ByteArgument(a, 3), a[4].AsBoolean(), a[5].AsBoolean())));
        SandboxEngine.Add(crypto, "ctr", (_, a) => sandbox.Bytes(Ctr(sandbox.ByteArgument(a, 0), sandbox.ByteArgument(a, 1), sandbox.ByteArgument(a, 2), (long)TypeConverter.ToNumber(a[3]))));
        SandboxEngine.Add(crypto, "aead", (_, a) => Aead(sandbox, a));
        new NativeHashes(sandbox).AddTo(crypto);
        NativeKeys.AddTo(crypto, sandbox);
        return crypto;
    }

    private static IEnumerable<string> Digests()
    {
        string[] always = ["md5", "sha1", "sha256", "sha384", "sha512"];
        return always.Concat(SHA3_256.IsSupported ? ["sha3-256", "sha3-384", "sha3-512"] : []);
    }

    public static HashAlgorithmName? Digest(string name) => name.ToLowerInvariant() switch
    {
        "md5" => HashAlgorithmName.MD5,
        "sha1" or "sha-1" => HashAlgorithmName.SHA1,
        "sha256" or "sha-256" => HashAlgorithmName.SHA256,
        "sha384" or "sha-384" => HashAlgorithmName.SHA384,
        "sha512" or "sha-512" => HashAlgorithmName.SHA512,
        "sha3-256" when SHA3_256.IsSupported => HashAlgorithmName.SHA3_256,
        "sha3-384" when SHA3_384.IsSupported => HashAlgorithmName.SHA3_384,
        "sha3-512" when SHA3_512.IsSupported => HashAlgorithmName.SHA3_512,
        _ => null,
    };

    public static HashAlgorithmName RequiredDigest(Engine engine, string name) =>
        Digest(name) ?? throw NodeErrors.Create(engine, engine.Intrinsics.TypeError, "ERR_CRYPTO_INVALID_DIGEST", $"Invalid digest: {name}");

    private static byte[] Hash(HashAlgorithmName digest, byte[] data) => CryptographicOperations.HashData(digest, data);

    private static byte[] Hmac(HashAlgorithmName digest, byte[] key, byte[] data) => CryptographicOperations.HmacData(digest, key, data);

    /// <summary>A uniform integer in [min, max): rejection sampling over 48 random bits, Node's largest range.</summary>
    private static double RandomInteger(long min, long max)
    {
        var range = (ulong)(max - min);
        var limit = (1UL << 48) - (1UL << 48) % range;
        Span<byte> bytes = stackalloc byte[8];
        ulong sample;
        do
        {
            RandomNumberGenerator.Fill(bytes[..6]);
            sample = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }
        while (sample >= limit);

        return min + (long)(sample % range);
    }

    /// <summary>AES in CBC or ECB over whole blocks; PKCS#7 padding only for the last call of a stream.</summary>
    private static byte[] BlockCipher(Engine engine, string mode, byte[] key, byte[] iv, byte[] data, bool encrypt, bool pad)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var padding = pad ? PaddingMode.PKCS7 : PaddingMode.None;
        try
        {
            return (mode, encrypt) switch
            {
                ("cbc", true) => aes.EncryptCbc(data, iv, padding),
                ("cbc", false) => aes.DecryptCbc(data, iv, padding),
                (_, true) => aes.EncryptEcb(data, padding),
                _ => aes.DecryptEcb(data, padding),
            };
        }
        catch (CryptographicException)
        {
            throw NodeErrors.Create(engine, engine.Intrinsics.Error, "ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
        }
    }

    /// <summary>
    /// AES-CTR from any byte position of the stream: the counter is the IV plus the block number, as a 128-bit
    /// big-endian integer (OpenSSL's convention), so successive updates need no state here.
    /// </summary>
    private static byte[] Ctr(byte[] key, byte[] iv, byte[] data, long position)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var skip = (int)(position % AesBlock);
        var blocks = (skip + data.Length + AesBlock - 1) / AesBlock;
        var counters = new byte[blocks * AesBlock];
        var high = BinaryPrimitives.ReadUInt64BigEndian(iv);
        var low = BinaryPrimitives.ReadUInt64BigEndian(iv.AsSpan(8));
        var start = (ulong)(position / AesBlock);
        for (var i = 0; i < blocks; i++)
        {
            var next = low + start + (ulong)i;
            var carry = next < low ? 1UL : 0UL;
            BinaryPrimitives.WriteUInt64BigEndian(counters.AsSpan(i * AesBlock), high + carry);
            BinaryPrimitives.WriteUInt64BigEndian(counters.AsSpan(i * AesBlock + 8), next);
        }

        var keystream = aes.EncryptEcb(counters, PaddingMode.None);
        var output = new byte[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            output[i] = (byte)(data[i] ^ keystream[skip + i]);
        }

        return output;
    }

    /// <summary>AES-GCM or ChaCha20-Poly1305 in one call: <c>[output, tag]</c>, or an authentication error.</summary>
    private static JsValue Aead(SandboxEngine sandbox, JsValue[] a)
    {
        var engine = sandbox.Engine;
        var algorithm = SandboxEngine.Text(a, 0);
        var key = sandbox.ByteArgument(a, 1);
        var nonce = sandbox.ByteArgument(a, 2);
        var data = sandbox.ByteArgument(a, 3);
        var encrypt = a[4].AsBoolean();
        var aad = sandbox.ByteArgument(a, 5);
        var tag = encrypt ? new byte[(int)TypeConverter.ToNumber(a[6])] : sandbox.ByteArgument(a, 6);
        var output = new byte[data.Length];
        try
        {
            if (algorithm == "gcm")
            {
                using var gcm = new AesGcm(key, tag.Length);
                if (encrypt)
                {
                    gcm.Encrypt(nonce, data, output, tag, aad);
                }
                else
                {
                    gcm.Decrypt(nonce, data, tag, output, aad);
                }
            }
            else
            {
                using var chacha = new ChaCha20Poly1305(key);
                if (encrypt)
                {
                    chacha.Encrypt(nonce, data, output, tag, aad);
                }
                else
                {
                    chacha.Decrypt(nonce, data, tag, output, aad);
                }
            }
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            throw new JavaScriptException(engine.Intrinsics.Error, "Unsupported state or unable to authenticate data");
        }

        return new JsArray(engine, [sandbox.Bytes(output), sandbox.Bytes(tag)]);
    }
}
