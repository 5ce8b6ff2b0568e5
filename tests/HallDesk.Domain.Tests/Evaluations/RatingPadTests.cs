using System.Security.Cryptography;
using System.Text;
using HallDesk.Domain.Evaluations;

namespace HallDesk.Domain.Tests.Evaluations;

public sealed class RatingPadTests
{
    private static readonly string Code = Hash("K7QM4XPD");
    private static readonly string Secret = Hash("first tablet");

    [Fact]
    public void Pair_WithTheOfferedCodeInTime_PairsAndSpendsTheCode()
    {
        var pad = Offered();

        var replaced = pad.Pair(Code, Secret, At.Minute(9));

        Assert.False(replaced);
        Assert.True(pad.IsPaired);
        Assert.Equal(Secret, pad.SecretHash);
        Assert.Equal(At.Minute(9), pad.PairedAt);
        Assert.Null(pad.PairingCodeHash);
    }

    [Fact]
    public void Pair_SameCodeTwice_SecondIsRefused_FirstDeviceStays()
    {
        var pad = Offered();
        pad.Pair(Code, Secret, At.Minute(1));

        Assert.Throws<DomainException>(() => pad.Pair(Code, Hash("second tablet"), At.Minute(2)));

        Assert.Equal(Secret, pad.SecretHash);
    }

    [Fact]
    public void Pair_AtTenMinutes_IsRefused()
    {
        var pad = Offered();

        var refused = Assert.Throws<DomainException>(() => pad.Pair(Code, Secret, At.Minute(10)));

        Assert.Equal("Pad.CodeInvalid", refused.Key);
        Assert.False(pad.IsPaired);
    }

    [Fact]
    public void Pair_WrongCode_OrNoneOffered_IsRefused()
    {
        Assert.Throws<DomainException>(() => Offered().Pair(Hash("ABCDEFGH"), Secret, At.Minute(1)));
        Assert.Throws<DomainException>(() => RatingPad.For("AM", 3).Pair(Code, Secret, At.Minute(1)));
    }

    [Fact]
    public void Pair_AnotherTabletWithANewCode_ReplacesTheFirst()
    {
        var pad = Offered();
        pad.Pair(Code, Secret, At.Minute(1));
        var second = Hash("NEWCODE2");
        pad.OfferPairing(second, At.Minute(20));

        Assert.True(pad.IsPaired);
        var replaced = pad.Pair(second, Hash("second tablet"), At.Minute(21));

        Assert.True(replaced);
        Assert.Equal(Hash("second tablet"), pad.SecretHash);
    }

    [Fact]
    public void Unpair_ForgetsTheDevice_AndAnUnpairedPadCannotBeUnpaired()
    {
        var pad = Offered();
        pad.Pair(Code, Secret, At.Minute(1));

        pad.Unpair();

        Assert.False(pad.IsPaired);
        Assert.Null(pad.SecretHash);
        Assert.Throws<DomainException>(pad.Unpair);
    }

    private static RatingPad Offered()
    {
        var pad = RatingPad.For("AM", 3);
        pad.OfferPairing(Code, At.Opening);
        return pad;
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
