import styles from "./Admin.module.css";

/**
 * The second button of a publishable item's form: publish it, or take it down once it is shown. The
 * form's own button only saves; the intent names the lib function's transition.
 */
export function PublishButtons({ published, takeDownIntent }: { published: boolean; takeDownIntent: "unpublish" | "withdraw" }) {
  return (
    <div className={styles.actions}>
      {published ? (
        <button type="submit" name="intent" value={takeDownIntent} className="button">
          Lưu và gỡ khỏi trang công khai
        </button>
      ) : (
        <button type="submit" name="intent" value="publish" className="button">
          Lưu và đăng lên trang công khai
        </button>
      )}
    </div>
  );
}
