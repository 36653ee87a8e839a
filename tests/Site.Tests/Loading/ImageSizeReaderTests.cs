using Samenleven.Content;
using Samenleven.Loading;

namespace Samenleven.Tests.Loading;

/// <summary>Image sizes read from file headers, so that pages can give every image its width and height.</summary>
public sealed class ImageSizeReaderTests
{
    /// <summary>The first bytes of a 640×480 PNG: signature, then the IHDR chunk with big-endian width and height.</summary>
    public static readonly byte[] Png640x480 =
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x02, 0x80, 0, 0, 0x01, 0xE0, 8, 2, 0, 0, 0];

    [Fact]
    public void A_PNG_gives_its_size_from_the_IHDR_chunk()
    {
        Assert.Equal(new ImageSize(640, 480), ImageSizeReader.Read(Png640x480));
    }

    [Fact]
    public void A_GIF_gives_its_size_from_the_screen_descriptor()
    {
        byte[] gif = [.. "GIF89a"u8, 0x80, 0x02, 0xE0, 0x01, 0, 0, 0];

        Assert.Equal(new ImageSize(640, 480), ImageSizeReader.Read(gif));
    }

    [Fact]
    public void A_JPEG_gives_its_size_from_the_first_frame_header_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xC4, 0x00, 0x04, 0, 0,
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
        ];

        Assert.Equal(new ImageSize(640, 480), ImageSizeReader.Read(jpeg));
    }

    [Fact]
    public void An_extended_WebP_gives_its_size_from_the_VP8X_chunk()
    {
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00];

        Assert.Equal(new ImageSize(640, 480), ImageSizeReader.Read(webp));
    }

    [Fact]
    public void Anything_else_has_no_size()
    {
        Assert.Null(ImageSizeReader.Read("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8));
        Assert.Null(ImageSizeReader.Read(Png640x480.AsSpan(0, 12)));
    }
}
