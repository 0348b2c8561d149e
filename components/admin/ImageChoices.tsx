import { listRecentImagePaths } from "@/lib/admin/images";
import { mediaUrl } from "@/lib/media/urls";

export const IMAGE_CHOICES_ID = "anh-trong-thu-vien";

/** A <datalist> of media-library images for image fields (list={IMAGE_CHOICES_ID}); typing a path or URL still works. */
export async function ImageChoices() {
  const images = await listRecentImagePaths();
  return (
    <datalist id={IMAGE_CHOICES_ID}>
      {images.map((image) => (
        // The image's URL, which the fields accept (a stored path alone is not one).
        <option key={image.path} value={mediaUrl(image.path)}>
          {image.alt}
        </option>
      ))}
    </datalist>
  );
}
