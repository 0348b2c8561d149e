import { PHASE_LABELS, type ConsultationPhase } from "@/lib/consultations/rules";
import styles from "./Consultations.module.css";

/** A draft's state for readers ("Đang lấy ý kiến"…), as a label whose colour repeats what the text says. */
export function ConsultationPhaseLabel({ phase }: { phase: ConsultationPhase }) {
  const tone = phase === "open" ? styles.open : phase === "upcoming" ? styles.upcoming : "";
  return (
    <span className={`${styles.phase} ${tone}`} data-testid="consultation-phase">
      {PHASE_LABELS[phase]}
    </span>
  );
}
