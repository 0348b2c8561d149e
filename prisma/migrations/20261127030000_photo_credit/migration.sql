-- Media: an optional photo credit (photographer or source), rendered in figure captions as "Ảnh: <credit>".

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "credit" TEXT;
