namespace Samenleven.Content;

/// <summary>The size of an image in pixels, so that pages can reserve its space before it loads.</summary>
public sealed record ImageSize(int Width, int Height);
