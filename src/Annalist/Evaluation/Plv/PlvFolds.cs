using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Annalist.Evaluation.Plv;

/// <summary>
/// The fixed cross-validation fold of a record: the first four bytes of the SHA-256 of its id (UTF-8),
/// big-endian, modulo the number of folds — the same function as fold_of in scripts/train/train_events.py,
/// so the fold models it trains never saw the sentences scored with them.
/// </summary>
public static class PlvFolds
{
    public static int Of(string id, int folds) =>
        (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id))) % (uint)folds);
}
