import { getImageProps, type ImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

/**
 * next/image's optimised <img> (sharp renditions in a srcset, sizes, lazy loading below the fold),
 * rendered on the server as a plain element: unlike <Image>, not a client component, so reader pages
 * neither hydrate nor serialise one per picture. `preload` (the image above the fold) loads it eagerly,
 * with high priority, and adds a preload hint to the page's head.
 */
export function ResponsiveImage({ preload = false, ...image }: Omit<ImageProps, "priority">) {
  const { props } = getImageProps({ ...image, ...(preload ? { loading: "eager", fetchPriority: "high" } : {}) });
  if (preload) {
    preloadResource(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  }
  // eslint-disable-next-line jsx-a11y/alt-text, @next/next/no-img-element -- alt comes from the props (required by ImageProps)
  return <img {...props} />;
}
